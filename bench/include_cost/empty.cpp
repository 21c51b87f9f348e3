// An empty C++ translation unit: the baseline.
