"""A MiniSBD sentence-boundary model that keeps each text whole, for the LibreTranslate test server.

argostranslate (and so LibreTranslate) splits every text with MiniSBD before translating, and
fetches MiniSBD's model from the network unless the package ships one in ``minisbd/``. uaintl sends
one sentence per text, so the shipped model predicts "no boundary" for every character (MiniSBD
itself ends the text's last sentence). Run with the LibreTranslate environment's Python, which has
onnx: ``python minisbd_model.py OUTPUT.onnx``.
"""

from __future__ import annotations

import json
import sys

import onnx
from onnx import TensorProto, helper


def build(path: str) -> None:
    units = helper.make_tensor_value_info("units", TensorProto.INT64, ["batch", "length"])
    features = helper.make_tensor_value_info("features", TensorProto.FLOAT, ["batch", "length", "features"])
    logits = helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["batch", "length", 5])
    nodes = [
        helper.make_node("Shape", ["units"], ["shape"]),
        helper.make_node("Constant", [], ["classes"], value=helper.make_tensor("c", TensorProto.INT64, [1], [5])),
        helper.make_node("Concat", ["shape", "classes"], ["logits_shape"], axis=0),
        # class 0 ("inside a token") everywhere: the whole text stays one sentence
        helper.make_node("ConstantOfShape", ["logits_shape"], ["zeros"],
                         value=helper.make_tensor("v", TensorProto.FLOAT, [1], [0.0])),
        # features are part of MiniSBD's interface; adding 0 × their sum keeps them an input in use
        helper.make_node("ReduceSum", ["features"], ["feature_sum"], keepdims=0),
        helper.make_node("Mul", ["feature_sum", "zero"], ["nothing"]),
        helper.make_node("Add", ["zeros", "nothing"], ["logits"]),
    ]
    zero = helper.make_tensor("zero", TensorProto.FLOAT, [], [0.0])
    graph = helper.make_graph(nodes, "keep-whole", [units, features], [logits], initializer=[zero])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])
    model.ir_version = 8
    vocab = {"lang": "en", "idx": 0, "cutoff": 0, "lower": False,
             "_unit2id": {"<PAD>": 0, "<UNK>": 1}, "_id2unit": ["<PAD>", "<UNK>"]}
    config = {"skip_newline": False, "max_seqlen": 1000, "no_ssplit": False, "batch_size": 32,
              "feat_funcs": ["space_before", "capitalized"], "use_dictionary": False, "num_dict_feat": 0}
    for key, value in (("lang_code", "en"), ("config", json.dumps(config)), ("vocab", json.dumps(vocab)),
                       ("lexicon", "null")):
        model.metadata_props.add(key=key, value=value)
    onnx.checker.check_model(model)
    onnx.save(model, path)


if __name__ == "__main__":
    build(sys.argv[1])
