### questions (en)
