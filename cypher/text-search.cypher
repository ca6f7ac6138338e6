// Search over what articles say: sentence text and article titles (GET /api/find). Idempotent (IF NOT EXISTS);
// applied at start-up with the other files. Titles have their own index so an article's whole text is not indexed
// twice (its sentences already are).
CREATE FULLTEXT INDEX sentence_text IF NOT EXISTS FOR (s:Sentence) ON EACH [s.text];
CREATE FULLTEXT INDEX article_title IF NOT EXISTS FOR (a:Article) ON EACH [a.title];
