<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AnnotationImportService</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entity type &apos;%1&apos; cannot be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation at line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation %1 («%2»): its article (%3) is not in this library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation %1 («%2»): the quote is not in the article, or not in one place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationReaders</name>
    <message>
        <source>%1: the text file beside it cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read it (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the text beside it (%2) is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: a T line needs an id, a type with offsets and the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: malformed T line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: malformed offsets &apos;%3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: offsets %3–%4 are past the end of the text (%5 code points).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discontinuous T spans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: the text &apos;%3&apos; does not match offsets %4, which cover &apos;%5&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: malformed note line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes on relations or events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: unknown line type &apos;%3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a note refers to %2, which is not a T line here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: expected a token and a tag, found &apos;%3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: &apos;%3&apos; is not an O, B- or I- tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: malformed JSON (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: offsets in &apos;%3&apos; are not supported; use code points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: the record has no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: the text has CR line ends or a BOM, so its offsets cannot be trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: the span %3–%4 is outside the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: unknown annotation kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: a label must be [start, end, type] inside the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no Web Annotation found (expected an Annotation, AnnotationPage or AnnotationCollection).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: annotation %2 has no target with a selector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: annotation %2 has neither a TextQuoteSelector nor a TextPositionSelector.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>This SQLite library has no FTS5 support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot register the Arabic search tokenizer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no article %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the library %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Hamish library: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has schema %2 and cannot be upgraded while it is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Hamish (schema %2; this one knows %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database of another application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Hamish library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the library to schema %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no item %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no annotation %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no entity %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportService</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>%1: cannot read it (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is larger than 1 GiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the encoding %2 is a guess (confidence %3 of 100); check the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the page has no article text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no article found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the library cannot be written (it is open read-only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the library cannot be written (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: article %2 could not be stored (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file or folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Record %2 (line %3): empty content, skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 could not be stored (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonArticleReader</name>
    <message>
        <source>Line %1: malformed JSON (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line 1: expected a JSON array of articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1: expected an object with title and content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1: empty content, skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: expected an object with title and content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: empty content, skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: record %2 is not valid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: record %2: malformed JSON (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: record %2: expected an object with title and content.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonRecordStream</name>
    <message>
        <source>Line %1: expected a JSON array of articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: record %2: expected an object with title and content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: record %2 is nested too deeply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: text after the end of the array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the JSON array is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentionSearch</name>
    <message>
        <source>There is no name to look for.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>&amp;Annotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag Selection As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Highlight Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight &amp;Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on the &amp;Article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag A&amp;ll Occurrences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept &amp;All Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snap to &amp;Whole Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;Exact Characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave &amp;Proclitics out of Entities (و ف ب ك ل ال)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity &amp;Types…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Font…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line &amp;Spacing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &amp;Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark Page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchQuery</name>
    <message>
        <source>The query has an unmatched quotation mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to search for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A search needs at least one word to find, not only words to exclude.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchService</name>
    <message>
        <source>The search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SplitRules</name>
    <message>
        <source>The splitter rules are not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The splitter rules hold an invalid pattern.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>Unknown encoding %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 (byte %2) is not valid %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 contains a NUL byte: this is binary data, or UTF-16 without a byte-order mark (choose the encoding by hand).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file ends in the middle of a UTF-8 character: it was cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 (byte %2) is damaged UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is neither UTF-8 nor windows-1256 nor ISO-8859-6; choose its encoding by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like binary data, not %1 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no text, only white space.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hamish::AnnotationController</name>
    <message>
        <source>Those annotations are already there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag all occurrences of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a name or put the caret on a tag first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept all suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select some text first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note on the whole article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add article note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit article note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete article note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag All Occurrences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Annotation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hamish::AnnotationListModel</name>
    <message>
        <source>Highlight (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hamish::AnnotationPanel</name>
    <message>
        <source>Show annotations of kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hamish::AnnotationService</name>
    <message>
        <source>Annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The span %1–%2 is outside article %3, which has %4 UTF-16 units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The span %1–%2 splits a character from its marks or an emoji.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no entity type %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown highlight colour &apos;%1&apos;; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note needs some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An identical annotation already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be a type code: use Latin letters, digits, - and _.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The type %1 cannot be added: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The type cannot be removed while annotations use it (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hamish::EntityPanel</name>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions of the entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions in this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variants…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the selected entities into the current one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other spellings, one per line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Entities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hamish::EntityRegistry</name>
    <message>
        <source>An entity needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hamish::EntityTypesDialog</name>
    <message>
        <source>Entity Types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Entity Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code (for example PRODUCT):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hamish::ExportDialog</name>
    <message>
        <source>W3C Web Annotation (JSON-LD, code points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brat standoff (folder, code points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CoNLL BIO (tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines, doccano (code points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for spreadsheets (code points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &amp;article</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n &amp;selected article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The whole &amp;library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PER=PERS, LOC=GPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CoNLL &amp;scheme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type &amp;names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hamish::FindBar</name>
    <message>
        <source>Find in article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hamish::FormatsController</name>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotation files (*.ann *.conll *.txt *.json *.jsonld *.jsonl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) added.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Importing annotations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3 not imported (not modelled)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hamish::ImportController</name>
    <message>
        <source>Import articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles (*.txt *.text *.html *.htm *.json *.jsonl *.ndjson);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a folder of articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to import here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new article(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the library, not imported again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n file(s) not imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Some files need attention; files that failed changed nothing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hamish::ImportDialog</name>
    <message>
        <source>Import each file as one article (do not split)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s), encoding %1 (confidence %2 of 100), format %3.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hamish::LibraryModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hamish::LibraryView</name>
    <message>
        <source>Filter articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hamish::MainWindow</name>
    <message>
        <source>Hamish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library is empty. Import articles with File ▸ Import, or drop files here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Hamish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Hamish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hamish %1&lt;/h3&gt;&lt;p&gt;A reader and annotator for Arabic news.&lt;/p&gt;&lt;p&gt;Library: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Annotations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Annotations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hamish::NoteDialog</name>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hamish::ReaderPane</name>
    <message>
        <source>Article title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hamish::ReaderView</name>
    <message>
        <source>Article text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested: %1 — A accepts, R rejects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hamish::SearchPanel</name>
    <message>
        <source>Search the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hamish::TagAllDialog</name>
    <message>
        <source>This &amp;article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole &amp;library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag All Occurrences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name to find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occurrences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n occurrence(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n already tagged)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>found in %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A reader and annotator for Arabic news.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hamish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hamish is already open on %1; that window was brought to the front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in use by another Hamish that does not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This library is open in another Hamish that does not answer. It is shown read-only: you can read, search and export, but not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This library cannot be written. It is shown read-only: you can read, search and export, but not change it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
