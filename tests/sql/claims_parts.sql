.load ./newswire
.headers on
.mode list
.nullvalue NULL
-- honorifics and titles: "Mr. Trump said" is a claim as "Trump said" is
SELECT speaker, cue, kind, content FROM claims(
'Mr. Trump said the wall would be built. Sen. Elizabeth Warren said the plan was cruel. Dr. Ada Obi told reporters that the clinic would reopen.');
-- a split quotation is one claim; content_parts are its pieces, which
-- substr() gives back
SELECT speaker, cue, kind, content_parts,
       (SELECT group_concat(substr(x, j.value->>0, j.value->>1), ' | ')
        FROM json_each(content_parts) j) AS pieces
FROM (SELECT '“We will not leave,” the minister said, “until the talks end.” She left. “The vote was close,” Ms. Okafor said. “We lost it by three.”' AS x), claims(x);
-- a quotation over paragraphs: each paragraph's piece, no quote marks
SELECT speaker, content_parts,
       (SELECT group_concat(substr(x, j.value->>0, j.value->>1), ' | ')
        FROM json_each(content_parts) j) AS pieces
FROM (SELECT '“The first paragraph runs on without a closing mark.
“And the second ends it,” the minister said.' AS x), claims(x);
-- a quotation with its own attribution after a split one is a claim of its own
SELECT count(*) AS claims FROM claims('“One,” he said, “two.” “Three,” she said.');
-- a single piece: [content_start, content_length]
SELECT count(*) AS one_piece, sum(content_parts = json_array(json_array(content_start, content_length))) AS same
FROM claims('Mr. Trump said the wall would be built. The minister said the talks would resume.');
