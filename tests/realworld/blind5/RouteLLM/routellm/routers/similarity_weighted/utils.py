import json
import math
import os

import numpy as np
import pandas as pd
from openai import OpenAI
from sklearn.linear_model import LogisticRegression

choices = ["A", "B", "C", "D"]
OPENAI_CLIENT = OpenAI()


def compute_tiers(model_ratings, num_tiers):
    n = len(model_ratings)
    m = num_tiers
    # pd series to list
    model_ratings_list = list(model_ratings.values)

    # init 3d np array
