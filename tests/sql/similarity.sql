.load ./newswire
.headers on
.mode list
.nullvalue NULL
-- the same text up to case, punctuation, quotes and whitespace
SELECT similar_passage('“We were close,” she said.', 'we were CLOSE -- "she said"') AS same;
-- a second translation keeps the content: >= 0.6
SELECT similar_passage('the Supreme Military Committee has focused its work during the past months on assessing the threat',
                       'the Higher Military Commission focused over the past months on assessing the threat') >= 0.6 AS translation;
-- word order and inflection do not sink it
SELECT similar_passage('The ministry announced the withdrawal of the troops',
                       'Troops: withdrawing, the ministry announces') AS reordered;
-- sentences that share only names stay low: <= 0.15
SELECT similar_passage('The Iraqi Foreign Ministry said the United States and Iraq agreed.',
                       'Iraq and the United States have been negotiating for months over the future of troops.') <= 0.15 AS names_only;
-- symmetric
SELECT similar_passage('a cat sat on the mat today', 'the cat sat') = similar_passage('the cat sat', 'a cat sat on the mat today') AS symmetric;
-- containment: how much of a is found in b
SELECT round(similar_passage('troops withdrawn', 'Officials said troops withdrawn from the base would return', 'containment'), 3) AS contained,
       round(similar_passage('Officials said troops withdrawn from the base would return', 'troops withdrawn', 'containment'), 3) AS reverse;
SELECT similar_passage('x', 'y', 'SIMILARITY') AS mode_case;
-- defined results
SELECT similar_passage(NULL, 'a') AS null_a, similar_passage('', '') AS empty, similar_passage('the', 'the') AS stopwords_only;
SELECT similar_passage(x'00ff', 42) AS blob_and_int;
-- signatures
SELECT length(passage_signature('Troops were withdrawn.')) AS sig_bytes, hex(substr(passage_signature('x'), 1, 4)) AS magic;
SELECT signature_similarity(passage_signature('The ministry announced the withdrawal of troops'),
                            passage_signature('Troops: the ministry’s announcement of withdrawal')) AS sig_same_words;
SELECT signature_similarity(passage_signature('The ministry announced the withdrawal of troops'),
                            passage_signature('Football fans celebrated a late winner in Kigali')) AS sig_unrelated;
SELECT signature_similarity(passage_signature(''), passage_signature('')) AS sig_empty;
SELECT passage_signature(NULL) IS NULL AS sig_null, signature_similarity(NULL, passage_signature('a')) IS NULL AS simsig_null;
-- word_diff
SELECT seq, op, a_text, b_text, a_start, a_length, b_start, b_length
FROM word_diff('We were very close to announcing this agreement.', 'We were really close to exposing this deal.');
SELECT op, a_text, b_text FROM word_diff('The minister said four people died.', 'The minister said on Tuesday that five people died.');
SELECT op, a_text, b_text FROM word_diff('', 'new words');
SELECT count(*) AS null_rows FROM word_diff(NULL, 'x');
SELECT op, count(*) FROM word_diff('SAME “text” here', 'same "text" here') GROUP BY op;
-- reuse_spans on two short texts with interleaved and reordered reuse
SELECT seq, a_start, a_length, b_start, b_length, round(score, 2) AS score, kind, b_text
FROM reuse_spans('The commission postponed the signing. Rain fell in the north. Some 1,300 engineers will build the pipeline.',
                 'Some 1,300 engineers will build the pipeline. Markets were calm. The commission has postponed the signing ceremony.');
SELECT count(*) AS high_threshold FROM reuse_spans('The commission postponed the signing.', 'The commission has postponed the signing ceremony.', 0.95);
-- errors
SELECT similar_passage('a', 'b', 'cosine');
SELECT signature_similarity(x'0102', passage_signature('a'));
SELECT signature_similarity(passage_signature('a'), 'text');
SELECT signature_similarity(substr(passage_signature('a'), 1, 100), passage_signature('a'));
SELECT * FROM reuse_spans('a', 'b', 2);
SELECT * FROM reuse_spans('a');
SELECT * FROM word_diff('a');
