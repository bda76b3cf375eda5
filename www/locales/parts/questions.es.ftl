### questions (es)
