### statement (es)
