### page (es)
