#!/usr/bin/python3
"""Reference agreement figures for tst_agreementmath: reads a JSON file of label data and prints
JSON with scikit-learn's Cohen's kappa and NLTK's multi-pi (Fleiss' kappa) and Krippendorff's
alpha for the same labels. Debian packages both (python3-sklearn, python3-nltk)."""
import json
import sys

from nltk.metrics.agreement import AnnotationTask
from sklearn.metrics import cohen_kappa_score


def main():
    data = json.load(open(sys.argv[1], encoding="utf-8"))
    out = {"cohen": [], "fleiss": [], "alpha": []}
    for a, b in data["pairs"]:
        out["cohen"].append(float(cohen_kappa_score(a, b)))
    for items in data["groups"]:
        triples = [(str(r), str(i), label) for i, labels in enumerate(items) for r, label in enumerate(labels)]
        task = AnnotationTask(data=triples)
        out["fleiss"].append(float(task.pi()))
        out["alpha"].append(float(task.alpha()))
    json.dump(out, sys.stdout)


main()
