### windows (en)
