### windows (es)
