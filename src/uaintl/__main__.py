from uaintl.cli import main

main()
