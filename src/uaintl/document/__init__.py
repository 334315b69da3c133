"""Source documents: readers (UA text/Markdown, HTML), UA structure, segmentation, placeholders."""
