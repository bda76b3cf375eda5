### check (en)
