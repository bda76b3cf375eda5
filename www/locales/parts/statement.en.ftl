### statement (en)
