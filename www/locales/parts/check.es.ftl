### check (es)
