### page (en)
