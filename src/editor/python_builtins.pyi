# LeetCode's implicit names for Python language servers (pyright, pylance, mypy): the modules
# and `typing` names its Python 3 prelude gives every solution (prep's harness does the same,
# src/lang/python_prelude.py), and the node classes the judge provides. The modules that export
# their own name (bisect, copy, datetime, random, array) list their names: to pyright a
# star-import wins over `import bisect as bisect`, and on LeetCode the module wins.
from string import *
from re import *
from datetime import date as date, time as time, timedelta as timedelta, timezone as timezone, tzinfo as tzinfo, MINYEAR as MINYEAR, MAXYEAR as MAXYEAR
from collections import *
from heapq import *
from bisect import bisect_left as bisect_left, bisect_right as bisect_right, insort as insort, insort_left as insort_left, insort_right as insort_right
from copy import deepcopy as deepcopy, Error as Error
from math import *
from random import (
    Random as Random,
    SystemRandom as SystemRandom,
    betavariate as betavariate,
    choice as choice,
    choices as choices,
    expovariate as expovariate,
    gammavariate as gammavariate,
    gauss as gauss,
    getrandbits as getrandbits,
    getstate as getstate,
    lognormvariate as lognormvariate,
    normalvariate as normalvariate,
    paretovariate as paretovariate,
    randbytes as randbytes,
    randint as randint,
    randrange as randrange,
    sample as sample,
    seed as seed,
    setstate as setstate,
    shuffle as shuffle,
    triangular as triangular,
    uniform as uniform,
    vonmisesvariate as vonmisesvariate,
    weibullvariate as weibullvariate,
)
from statistics import *
from itertools import *
from functools import *
from operator import *
from io import *
from sys import *
from json import *
from array import ArrayType as ArrayType, typecodes as typecodes
from builtins import *
import string as string
import re as re
import datetime as datetime
import collections as collections
import heapq as heapq
import bisect as bisect
import copy as copy
import math as math
import random as random
import statistics as statistics
import itertools as itertools
import functools as functools
import operator as operator
import io as io
import sys as sys
import json as json
import array as array
from typing import *
import typing as typing

class ListNode:
    val: int
    next: Optional[ListNode]
    def __init__(self, val: int = 0, next: Optional[ListNode] = None) -> None: ...

class TreeNode:
    val: int
    left: Optional[TreeNode]
    right: Optional[TreeNode]
    def __init__(
        self, val: int = 0, left: Optional[TreeNode] = None, right: Optional[TreeNode] = None
    ) -> None: ...

# One name for LeetCode's two `Node`s: a graph's (`neighbors`) and a random-pointer list's.
class Node:
    val: int
    neighbors: List[Node]
    next: Optional[Node]
    random: Optional[Node]
    @overload
    def __init__(self, val: int = 0, neighbors: Optional[List[Node]] = None) -> None: ...
    @overload
    def __init__(self, x: int, next: Optional[Node] = None, random: Optional[Node] = None) -> None: ...
