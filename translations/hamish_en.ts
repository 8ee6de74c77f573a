<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AgreementService</name>
    <message>
        <source>Agreement needs two annotators who both marked the same articles done; %1.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n annotator(s) have done articles</source>
        <translation>
            <numerusform>%n annotator has done articles</numerusform>
            <numerusform>%n annotators have done articles</numerusform>
        </translation>
    </message>
    <message>
        <source>no two have a done article in common</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AnnotationImportService</name>
    <message>
        <source>the library cannot be written (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an earlier error ended the transaction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the library cannot be written (%1); nothing of this import was kept.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AnnotationReaders</name>
    <message>
        <source>the text file beside it cannot be read (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read it (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the text beside it (%1) is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a T line needs an id, a type with offsets and the text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>malformed T line.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>malformed offsets '%1'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>offsets %1–%2 are past the end of the text (%3 code points).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the text '%1' does not match offsets %2, which cover '%3'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>malformed note line.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown line type '%1'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a token and a tag, found '%1'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no tokens.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>malformed JSON (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>offsets in '%1' are not supported; use code points.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the record has no text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the text has CR line ends or a BOM, so its offsets cannot be trusted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown annotation kind.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no records.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no Web Annotation found (expected an Annotation, AnnotationPage or AnnotationCollection).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>malformed %1 line.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the attribute refers to %1, which is not here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a note refers to %1, which is not here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a normalisation refers to %1, which is not a T line here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not an O, B- or I- tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a valid type name (a letter or _, then letters, digits, - or _)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1: %2; read as O</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1; import with --lenient to read such tags as O.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the span %1–%2 is outside the text (%3 code points).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a label must be [start, end, type].</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a relation needs from_id, to_id and type.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>annotation %1 has no target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>annotation %1 links, but lacks its target, its linking body or the relation's type (a tagging body)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>annotation %1 targets a whole resource (%2), not a span of text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>annotation %1 selects no text (it has %2, and neither a TextQuoteSelector nor a TextPositionSelector)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>none of its %n annotation(s) can be imported: %1</source>
        <translation>
            <numerusform>its one annotation cannot be imported: %1</numerusform>
            <numerusform>none of its %n annotations can be imported: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnnotatorProgress</name>
    <message>
        <source>An annotator needs a name.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ArticleInput</name>
    <message>
        <source>cannot read it (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this is a folder, not a file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this is not a regular file (a pipe, a socket or a device); Hamish imports only files.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is %1 bytes; Hamish reads text and HTML files of up to %2 bytes (split it, or import a JSON Lines corpus, which has no such limit).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ArticlePreparation</name>
    <message>
        <source>record %1: empty content, skipped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>record %1 has no letter or digit (only marks, invisible characters or symbols), skipped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>article %1 is %2 characters long; Hamish takes articles of up to %3 characters.</source>
        <translation type="unfinished">article %1 is %2 characters long; Hamish takes articles of up to %3 characters.</translation>
    </message>
    <message>
        <source>article %1 has no letter or digit (only marks, invisible characters or symbols).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ArticleReader</name>
    <message>
        <source>the encoding %1 is a guess (confidence %2 of 100); check the text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the page has no article text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no article found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown encoding %1.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>no article found (%n record(s) skipped: empty, or without a letter or digit).</source>
        <translation>
            <numerusform>no article found (%n record skipped: empty, or without a letter or digit).</numerusform>
            <numerusform>no article found (%n records skipped: empty, or without a letter or digit).</numerusform>
        </translation>
    </message>
    <message>
        <source>the reading stopped early.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cancelled.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Colours</name>
    <message>
        <source>yellow</source>
        <translation>yellow</translation>
    </message>
    <message>
        <source>green</source>
        <translation>green</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>blue</translation>
    </message>
    <message>
        <source>pink</source>
        <translation>pink</translation>
    </message>
    <message>
        <source>orange</source>
        <translation>orange</translation>
    </message>
    <message>
        <source>purple</source>
        <translation>purple</translation>
    </message>
</context>
<context>
    <name>Curation</name>
    <message>
        <source>A comparison needs two annotators' layers besides %1's.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no layer %1 in this comparison.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only a disagreement about spans can be decided with spans of one's own.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Taking what annotators agree on needs two layers besides %1's.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>This SQLite library has no FTS5 support.</source>
        <translation>This SQLite library has no FTS5 support.</translation>
    </message>
    <message>
        <source>Cannot register the Arabic search tokenizer.</source>
        <translation>Cannot register the Arabic search tokenizer.</translation>
    </message>
    <message>
        <source>There is no article %1.</source>
        <translation>There is no article %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Cannot create the folder %1</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Cannot create %1: %2</translation>
    </message>
    <message>
        <source>Cannot open the library %1: %2</source>
        <translation>Cannot open the library %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Hamish library: %2</source>
        <translation>%1 is not a Hamish library: %2</translation>
    </message>
    <message>
        <source>%1 has schema %2 and cannot be upgraded while it is read-only.</source>
        <translation>%1 has schema %2 and cannot be upgraded while it is read-only.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Hamish (schema %2; this one knows %3).</source>
        <translation>%1 was written by a newer Hamish (schema %2; this one knows %3).</translation>
    </message>
    <message>
        <source>%1 is a database of another application.</source>
        <translation>%1 is a database of another application.</translation>
    </message>
    <message>
        <source>%1 is not a Hamish library.</source>
        <translation>%1 is not a Hamish library.</translation>
    </message>
    <message>
        <source>Upgrading the library to schema %1 failed: %2</source>
        <translation>Upgrading the library to schema %1 failed: %2</translation>
    </message>
    <message>
        <source>There is no item %1.</source>
        <translation>There is no item %1.</translation>
    </message>
    <message>
        <source>There is no annotation %1.</source>
        <translation>There is no annotation %1.</translation>
    </message>
    <message>
        <source>There is no entity %1.</source>
        <translation>There is no entity %1.</translation>
    </message>
    <message>
        <source>The library cannot be written: %1</source>
        <translation>The library cannot be written: %1</translation>
    </message>
    <message>
        <source>There is no relation %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot register the search's ranking function.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DateParser</name>
    <message numerus="yes">
        <source>the Hijri date is %1 in %2, %n day(s) from the Gregorian date %3</source>
        <translation>
            <numerusform>the Hijri date is %1 in %2, %n day from the Gregorian date %3</numerusform>
            <numerusform>the Hijri date is %1 in %2, %n days from the Gregorian date %3</numerusform>
        </translation>
    </message>
    <message>
        <source>the Hijri and the Gregorian dates do not overlap (%1 and %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the weekday written is not the one of %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EntityRecommender</name>
    <message>
        <source>Too few entity tags to learn from: %1 in %2 sentences (at least %3 tags in %4 sentences are needed).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The stored entity model was made by another version of Hamish; train it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 Train it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No entity model has been trained yet (hamish train trains one).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportService</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>The export was cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
</context>
<context>
    <name>ExportSummary</name>
    <message>
        <source>left out: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nested or crossing entities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>relations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>attribute values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>references</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>document labels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>highlights</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>article notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>registry links</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>discontinuous spans (written whole)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Failure</name>
    <message>
        <source>line %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>record %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GraphLayout</name>
    <message>
        <source>Graphviz could not lay the network out.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GraphWriters</name>
    <message>
        <source>Graphviz could not write the network as DOT.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished">Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>article %1 could not be stored (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the library cannot be written (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cancelled; nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no such file or folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the library cannot be written (it is open read-only).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an earlier error ended the transaction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the library cannot be written (%1); nothing of this import was kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a new version of article %1 must be a file of one article; this one holds more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>article %1 could not be stored as a new version of article %2 (%3).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportWriter</name>
    <message>
        <source>its annotation.conf cannot be applied: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1: '%2' is not a valid entity type name (a letter or _, then letters, digits, - or _); rename it with a type mapping</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the entity type '%1' cannot be created: %2</source>
        <translation type="unfinished">the entity type '%1' cannot be created: %2</translation>
    </message>
    <message>
        <source>line %1: '%2' is not a valid relation type name (a letter or _, then letters, digits, - or _)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the relation type '%1' cannot be created: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1: '%2' is not a valid attribute name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a valid label set name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a valid label name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>annotation at line %1: %2</source>
        <translation type="unfinished">annotation at line %1: %2</translation>
    </message>
    <message>
        <source>line %1: the relation %2 refers to %3, which is not an annotation here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1: kept the relation %2 from %3 to %4, though its type allows %5 to %6</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1: the event's trigger %2 is not an annotation here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1: the event's argument %2 is neither an annotation nor an event here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>annotation %1 («%2»): its article (%3) is not in this library</source>
        <translation type="unfinished">annotation %1 («%2»): its article (%3) is not in this library</translation>
    </message>
    <message>
        <source>annotation %1 («%2»): %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1: the relation %2 links %3, which was not placed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>label %1=%2: its article (%3) is not in this library</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>JsonArticleReader</name>
    <message>
        <source>a string holds \u0000 (NUL), which is not text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a string holds a lone surrogate (\u%1), which is not text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>record %1 is not valid UTF-8.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>record %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>record %1: malformed JSON (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>record %1: expected an object with title and content.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>JsonRecordStream</name>
    <message>
        <source>the file cannot be read further (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a JSON array of articles.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>record %1: expected an object with title and content.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>record %1 is nested too deeply.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>text after the end of the array.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the JSON array is not closed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LabelClassifier</name>
    <message>
        <source>Cannot make a temporary folder to train the label classifier in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write the label classifier's training file: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There are no labelled articles with text to learn from.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fastText could not learn the labels: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the label classifier fastText saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The stored label classifier is damaged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The stored label classifier was made by another version of Hamish.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The stored label classifier is damaged: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LabelRecommender</name>
    <message>
        <source>The stored label model is damaged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The stored label model was made by another version of Hamish.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training was cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Too few labelled articles to learn from: a label set needs labels on at least %1 articles.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No label model has been trained yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The stored label model was made by another version of Hamish; train it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 Train it again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LayerMerge</name>
    <message>
        <source>Merging what annotators agree on needs two layers besides %1's.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A layer cannot be merged into itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The layer to merge into needs an annotator's name.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LibraryBackup</name>
    <message>
        <source>there is a file here already; a backup never replaces one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the folder %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write here (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the backup cannot start (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the backup failed (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the copy does not check out (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the copy could not be put in place (a file appeared there meanwhile).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LocalChanges</name>
    <message>
        <source>The library has no %1 %2 to push.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MentionSearch</name>
    <message>
        <source>There is no name to look for.</source>
        <translation>There is no name to look for.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NerModel</name>
    <message>
        <source>There are no entity tags to learn from.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training was cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The stored model is damaged (it does not uncompress).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The stored model is not a Hamish entity model.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The stored model was made by another version (format %1, this build reads %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The stored model is damaged (it ends early).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The stored model is damaged (it has %1 segmenters for %2 types).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The stored model is damaged: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The stored model is damaged (its features disagree with its weights).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>Out of memory while connecting to the server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot connect to the team server: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The team server does not speak UTF-8: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The team server refused a query: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The team server refused a statement: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The team server refused a copy: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The copy to the team server broke off: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PulledChanges</name>
    <message>
        <source>this Hamish does not know that kind of object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its global id belongs to a %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The team server sent a bad %1 (%2): %3. Nothing from this sync was applied.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its data is not a JSON object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it has no %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its %1 is not a whole number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its %1 is not text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its %1 refers to an unknown %2 (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its %1 is longer than %2 characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it names %1 as its annotator but is in %2's layer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its span %1–%2 is not inside its article's text (%3 characters)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its quote is not the text at %1–%2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>&amp;Annotate</source>
        <translation>&amp;Annotate</translation>
    </message>
    <message>
        <source>&amp;Tag Selection As</source>
        <translation>&amp;Tag Selection As</translation>
    </message>
    <message>
        <source>&amp;Highlight Selection</source>
        <translation>&amp;Highlight Selection</translation>
    </message>
    <message>
        <source>Highlight &amp;Colour</source>
        <translation>Highlight &amp;Colour</translation>
    </message>
    <message>
        <source>&amp;Note…</source>
        <translation>&amp;Note…</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>&amp;Delete Annotation</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Note on the &amp;Article…</source>
        <translation>Note on the &amp;Article…</translation>
    </message>
    <message>
        <source>Tag A&amp;ll Occurrences…</source>
        <translation>Tag A&amp;ll Occurrences…</translation>
    </message>
    <message>
        <source>Accept &amp;All Suggestions</source>
        <translation>Accept &amp;All Suggestions</translation>
    </message>
    <message>
        <source>Snap to &amp;Whole Words</source>
        <translation>Snap to &amp;Whole Words</translation>
    </message>
    <message>
        <source>Keep &amp;Exact Characters</source>
        <translation>Keep &amp;Exact Characters</translation>
    </message>
    <message>
        <source>Leave &amp;Proclitics out of Entities (و ف ب ك ل ال)</source>
        <translation>Leave &amp;Proclitics out of Entities (و ف ب ك ل ال)</translation>
    </message>
    <message>
        <source>Entity &amp;Types…</source>
        <translation>Entity &amp;Types…</translation>
    </message>
    <message>
        <source>&amp;Reading</source>
        <translation>&amp;Reading</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>&amp;Larger Text</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>&amp;Smaller Text</translation>
    </message>
    <message>
        <source>&amp;Font…</source>
        <translation>&amp;Font…</translation>
    </message>
    <message>
        <source>Line &amp;Spacing</source>
        <translation>Line &amp;Spacing</translation>
    </message>
    <message>
        <source>Column &amp;Width</source>
        <translation>Column &amp;Width</translation>
    </message>
    <message>
        <source>Narrow</source>
        <translation>Narrow</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Wide</source>
        <translation>Wide</translation>
    </message>
    <message>
        <source>Whole Pane</source>
        <translation>Whole Pane</translation>
    </message>
    <message>
        <source>&amp;Dark Page</source>
        <translation>&amp;Dark Page</translation>
    </message>
    <message>
        <source>Accept the Su&amp;ggestion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;ject the Suggestion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Relation Types…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I&amp;mport Schema…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;xport Schema…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find Da&amp;tes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Close</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QuotePlacement</name>
    <message>
        <source>its position %1–%2 is past the end of the article (%3 code points) and it has no quote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it has neither a position nor a quote to place it by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its position %1–%2 is past the end of the article (%3 code points), and the quote is not in it either</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the quote is not in the article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the quote occurs %1 times and neither its position nor its prefix and suffix tell which</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SampleArticles</name>
    <message>
        <source>An example note: select text, press N, and write.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A note on the whole article. Select text and press 1–9 to tag an entity, H to highlight, N for a note.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SchemaFiles</name>
    <message>
        <source>Annotation schema (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a schema file: %2 (at byte %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it holds no JSON object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The library's schema already holds everything in this file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schema written to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import Schema</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Schema</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>schema.json</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchQuery</name>
    <message>
        <source>The query has an unmatched quotation mark.</source>
        <translation>The query has an unmatched quotation mark.</translation>
    </message>
    <message>
        <source>There is nothing to search for.</source>
        <translation>There is nothing to search for.</translation>
    </message>
    <message>
        <source>A search needs at least one word to find, not only words to exclude.</source>
        <translation>A search needs at least one word to find, not only words to exclude.</translation>
    </message>
</context>
<context>
    <name>SearchService</name>
    <message>
        <source>The search failed: %1</source>
        <translation>The search failed: %1</translation>
    </message>
</context>
<context>
    <name>SplitRules</name>
    <message>
        <source>The splitter rules are not a JSON object: %1</source>
        <translation>The splitter rules are not a JSON object: %1</translation>
    </message>
    <message>
        <source>The splitter rules hold an invalid pattern.</source>
        <translation>The splitter rules hold an invalid pattern.</translation>
    </message>
</context>
<context>
    <name>SuggestionRule</name>
    <message>
        <source>%1 examples; %2 are needed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>F1 %1 is below the threshold %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not scored yet</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TeamServer</name>
    <message>
        <source>The team project was made by a newer Hamish (schema %1; this one knows %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upgrading the team project to schema %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An annotator's name may not be empty or begin or end with a space.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This database holds no team project; make one with hamish team init.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The team project's settings are incomplete; run hamish team init again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message>
        <source>This library is synced with another team project; a library belongs to one.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>Unknown encoding %1.</source>
        <translation>Unknown encoding %1.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>The file ends in the middle of a UTF-8 character: it was cut short.</source>
        <translation>The file ends in the middle of a UTF-8 character: it was cut short.</translation>
    </message>
    <message>
        <source>This looks like binary data, not %1 text.</source>
        <translation>This looks like binary data, not %1 text.</translation>
    </message>
    <message>
        <source>The file holds no text, only white space.</source>
        <translation>The file holds no text, only white space.</translation>
    </message>
    <message>
        <source>byte %1 is not valid %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The page declares %1, but its bytes are valid UTF-8; read as UTF-8.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>byte %1 is damaged UTF-8.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The page declares %1, but its text reads as Arabic only in %2; read as %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The page declares %1, but its bytes are not valid %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The text is neither UTF-8 nor %1; choose its encoding by hand (--encoding).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The text does not read as Arabic in any of %1 (best: %2, confidence %3 of 100); choose its encoding by hand (--encoding).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a NUL byte: this is binary data, or UTF-16 without a byte-order mark (choose the encoding by hand).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TypeMappingParser</name>
    <message>
        <source>'%1' is not a type mapping: write FROM=TO, such as PER=PERS.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is mapped twice.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hamish::AgreementView</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cohen's kappa of each pair of annotators</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The chosen pair's agreement per type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <source>Spans A</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spans B</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exact F1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overlap P</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overlap R</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overlap F1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the Agreement as PNG</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished">PNG images (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the Agreement as CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Computing the agreement on a worker thread…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Computing the agreement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>κ %1 over %2 tokens of %3 articles; span F1 %4 exact, %5 by overlap</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>All %1: Krippendorff's α %2, Fleiss' κ %3 over %n article(s).</source>
        <translation>
            <numerusform>All %1: Krippendorff's α %2, Fleiss' κ %3 over %n article.</numerusform>
            <numerusform>All %1: Krippendorff's α %2, Fleiss' κ %3 over %n articles.</numerusform>
        </translation>
    </message>
    <message>
        <source>all types</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (A) and %2 (B)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>κ at nesting level %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>κ of the label set %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (A) and %2 (B).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Co&amp;mpare the Pair…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cohen's κ over the tokens' IOB2 tags of the articles both annotators marked done. Click a cell for that pair's span F1 per type; double-click it to compare the two side by side.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hamish::AnnotationController</name>
    <message>
        <source>Those annotations are already there.</source>
        <translation>Those annotations are already there.</translation>
    </message>
    <message>
        <source>Tag all occurrences of %1</source>
        <translation>Tag all occurrences of %1</translation>
    </message>
    <message>
        <source>Select a name or put the caret on a tag first.</source>
        <translation>Select a name or put the caret on a tag first.</translation>
    </message>
    <message>
        <source>Accept suggestion</source>
        <translation>Accept suggestion</translation>
    </message>
    <message>
        <source>Accept all suggestions</source>
        <translation>Accept all suggestions</translation>
    </message>
    <message>
        <source>Select some text first.</source>
        <translation>Select some text first.</translation>
    </message>
    <message>
        <source>Tag as %1</source>
        <translation>Tag as %1</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Highlight</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Edit note</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation>Delete annotation</translation>
    </message>
    <message>
        <source>A note on the whole article</source>
        <translation>A note on the whole article</translation>
    </message>
    <message>
        <source>Add article note</source>
        <translation>Add article note</translation>
    </message>
    <message>
        <source>Edit article note</source>
        <translation>Edit article note</translation>
    </message>
    <message>
        <source>Delete article note</source>
        <translation>Delete article note</translation>
    </message>
    <message>
        <source>Tag as</source>
        <translation>Tag as</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Note…</translation>
    </message>
    <message>
        <source>Tag All Occurrences…</source>
        <translation>Tag All Occurrences…</translation>
    </message>
    <message>
        <source>Accept Suggestion</source>
        <translation>Accept Suggestion</translation>
    </message>
    <message>
        <source>Reject Suggestion</source>
        <translation>Reject Suggestion</translation>
    </message>
    <message>
        <source>Delete Annotation</source>
        <translation>Delete Annotation</translation>
    </message>
    <message>
        <source>Set attributes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attributes…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no DATE entity type to propose dates as.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hamish::AnnotationListModel</name>
    <message>
        <source>Highlight (%1)</source>
        <translation>Highlight (%1)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modified</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hamish::AnnotationPanel</name>
    <message>
        <source>Show annotations of kind</source>
        <translation>Show annotations of kind</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Article notes</source>
        <translation>Article notes</translation>
    </message>
    <message>
        <source>Edit Note…</source>
        <translation>Edit Note…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Notes on the article</source>
        <translation>Notes on the article</translation>
    </message>
    <message>
        <source>All annotations</source>
        <translation>All annotations</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Highlights</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>No annotation yet. Select text in the article, then press 1–9 to tag an entity type, H to highlight or N to write a note.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attributes…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Relations</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hamish::AnnotationService</name>
    <message>
        <source>The span %1–%2 is outside article %3, which has %4 UTF-16 units.</source>
        <translation>The span %1–%2 is outside article %3, which has %4 UTF-16 units.</translation>
    </message>
    <message>
        <source>The span %1–%2 splits a character from its marks or an emoji.</source>
        <translation>The span %1–%2 splits a character from its marks or an emoji.</translation>
    </message>
    <message>
        <source>There is no entity type %1.</source>
        <translation>There is no entity type %1.</translation>
    </message>
    <message>
        <source>Unknown highlight colour '%1'; use one of %2.</source>
        <translation>Unknown highlight colour '%1'; use one of %2.</translation>
    </message>
    <message>
        <source>A note needs some text.</source>
        <translation>A note needs some text.</translation>
    </message>
    <message>
        <source>An identical annotation already exists.</source>
        <translation>An identical annotation already exists.</translation>
    </message>
    <message>
        <source>'%1' cannot be a type code: use Latin letters, digits, - and _.</source>
        <translation>'%1' cannot be a type code: use Latin letters, digits, - and _.</translation>
    </message>
    <message>
        <source>The type %1 cannot be added: %2</source>
        <translation>The type %1 cannot be added: %2</translation>
    </message>
    <message>
        <source>The type cannot be removed while annotations use it (%1).</source>
        <translation>The type cannot be removed while annotations use it (%1).</translation>
    </message>
    <message>
        <source>Only entity tags carry attributes; annotation %1 is not one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The type %1 has no attribute '%2'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The attribute %1 takes true or false.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The attribute %1 takes one of: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The attribute %1 needs some text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Annotation %1 has no value for '%2'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A date's value is a day, month, year or ISO week, or a range of them: 2015-07-23, 2015-07, 2015, 2015-W30, 2015-07-20/2015-07-26.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hamish::AnnotatorsController</name>
    <message>
        <source>Mark &amp;Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You have finished annotating this article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Agreement…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Compare Annotators…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;uration Progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>La&amp;yers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;All Layers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark the article done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark the article not done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has finished this article: agreement counts it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is working on this article again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hamish::ArticlePropertiesDialog</name>
    <message>
        <source>Title</source>
        <translation type="unfinished">Title</translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished">Author</translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished">Source</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Date</translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Article Properties</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Characters:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Annotations:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Encoding:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hamish::ArticleService</name>
    <message>
        <source>No article was given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no article %1; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Article %1 is not in the Trash; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Article %1 is in the Trash already; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An article needs a title with a letter or digit.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hamish::AttributeDialog</name>
    <message>
        <source>Attributes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This entity type declares no attributes. Add them with a schema file (Annotate ▸ Import Schema…).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hamish::ChartWidget</name>
    <message>
        <source>No annotations yet</source>
        <translation>No annotations yet</translation>
    </message>
</context>
<context>
    <name>hamish::CollectionService</name>
    <message>
        <source>There is no collection named «%1».</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no collection %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A collection needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is a collection named «%1» already.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No article was given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no article %1; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hamish::ComparisonView</name>
    <message>
        <source>Compare Annotators</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First annotator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Second annotator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Article both worked on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gold layer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Second:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Article:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gold layer:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>agree</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>same span, other type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>other boundaries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only one made it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished">Previous</translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished">Next</translation>
    </message>
    <message>
        <source>Take First's</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take Second's</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished">Edit…</translation>
    </message>
    <message>
        <source>Reject Both</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accept Agreed Here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accept Agreed in the Library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comparing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>These two have no article in common.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Second: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 disagreements resolved in this article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No disagreements: the two layers agree on this article.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spans</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Relations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document labels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disagreement %1 of %2 (%3, %4)
%5: %6
%7: %8</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The gold layer cannot be one of the two layers compared.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hamish::CurationController</name>
    <message>
        <source>Take %1's Side</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decide a Disagreement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reject Both Sides</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accept What All Agree On</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counting the disagreements left to curate</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hamish::EntityPanel</name>
    <message>
        <source>Entity</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Variants</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entities</translation>
    </message>
    <message>
        <source>Mentions of the entity</source>
        <translation>Mentions of the entity</translation>
    </message>
    <message>
        <source>Suggestions in this article</source>
        <translation>Suggestions in this article</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Type…</source>
        <translation>Type…</translation>
    </message>
    <message>
        <source>Variants…</source>
        <translation>Variants…</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Merge the selected entities into the current one</source>
        <translation>Merge the selected entities into the current one</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Accept All</source>
        <translation>Accept All</translation>
    </message>
    <message>
        <source>Reject All</source>
        <translation>Reject All</translation>
    </message>
    <message>
        <source>Rename Entity</source>
        <translation>Rename Entity</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Entity Type</source>
        <translation>Entity Type</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Other spellings, one per line:</source>
        <translation>Other spellings, one per line:</translation>
    </message>
    <message>
        <source>Merge Entities</source>
        <translation>Merge Entities</translation>
    </message>
</context>
<context>
    <name>hamish::EntityRegistry</name>
    <message>
        <source>An entity needs a name.</source>
        <translation>An entity needs a name.</translation>
    </message>
</context>
<context>
    <name>hamish::EntityTypesDialog</name>
    <message>
        <source>Entity Types</source>
        <translation>Entity Types</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Arabic name</source>
        <translation>Arabic name</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Entity types</source>
        <translation>Entity types</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Move &amp;Up</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Move &amp;Down</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Colour…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>New Entity Type</source>
        <translation>New Entity Type</translation>
    </message>
    <message>
        <source>Code (for example PRODUCT):</source>
        <translation>Code (for example PRODUCT):</translation>
    </message>
</context>
<context>
    <name>hamish::ExportDialog</name>
    <message>
        <source>This &amp;article</source>
        <translation>This &amp;article</translation>
    </message>
    <message numerus="yes">
        <source>The %n &amp;selected article(s)</source>
        <translation>
            <numerusform>The %n &amp;selected article</numerusform>
            <numerusform>The %n &amp;selected articles</numerusform>
        </translation>
    </message>
    <message>
        <source>The whole &amp;library</source>
        <translation>The whole &amp;library</translation>
    </message>
    <message>
        <source>Export Annotations</source>
        <translation>Export Annotations</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Export:</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Destination:</translation>
    </message>
    <message>
        <source>CoNLL &amp;scheme:</source>
        <translation>CoNLL &amp;scheme:</translation>
    </message>
    <message>
        <source>Type &amp;names:</source>
        <translation>Type &amp;names:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>Export to folder</translation>
    </message>
    <message>
        <source>Export to file</source>
        <translation>Export to file</translation>
    </message>
    <message>
        <source>offsets in code points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a folder, offsets in code points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tokens</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>for spreadsheets, offsets in code points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A &amp;collection:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CoNLL scheme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type names</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Collection</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hamish::FindBar</name>
    <message>
        <source>Find in article</source>
        <translation>Find in article</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Previous match (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Next match (Enter)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>No match</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>hamish::FormatsController</name>
    <message>
        <source>Export Annotations</source>
        <translation>Export Annotations</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>Written to %1</translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation>Import Annotations</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Annotation files (*.ann *.conll *.txt *.json *.jsonld *.jsonl);;All files (*)</source>
        <translation>Annotation files (*.ann *.conll *.txt *.json *.jsonld *.jsonl);;All files (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) added.</source>
        <translation>
            <numerusform>%n annotation added.</numerusform>
            <numerusform>%n annotations added.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 %3 not imported (not modelled)</source>
        <translation>%1: %2 %3 not imported (not modelled)</translation>
    </message>
    <message>
        <source>Exporting annotations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation type="unfinished">The export was cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>Importing annotations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The import was cancelled; the library is as it was.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This format cannot hold everything; %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import the refused files again, reading their malformed tags as O?</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n relation(s) added.</source>
        <translation>
            <numerusform>%n relation added.</numerusform>
            <numerusform>%n relations added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document label(s) set.</source>
        <translation>
            <numerusform>%n document label set.</numerusform>
            <numerusform>%n document labels set.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hamish::ImportController</name>
    <message>
        <source>Import articles</source>
        <translation>Import articles</translation>
    </message>
    <message>
        <source>Articles (*.txt *.text *.html *.htm *.json *.jsonl *.ndjson);;All files (*)</source>
        <translation>Articles (*.txt *.text *.html *.htm *.json *.jsonl *.ndjson);;All files (*)</translation>
    </message>
    <message>
        <source>Import a folder of articles</source>
        <translation>Import a folder of articles</translation>
    </message>
    <message>
        <source>There is nothing to import here.</source>
        <translation>There is nothing to import here.</translation>
    </message>
    <message numerus="yes">
        <source>%n new article(s).</source>
        <translation>
            <numerusform>%n new article.</numerusform>
            <numerusform>%n new articles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the library, not imported again.</source>
        <translation>
            <numerusform>%n already in the library, not imported again.</numerusform>
            <numerusform>%n already in the library, not imported again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some files need attention; files that failed changed nothing.</source>
        <translation>Some files need attention; files that failed changed nothing.</translation>
    </message>
    <message>
        <source>Importing articles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The import was cancelled; the library is as it was.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n new version(s) of articles in the library.</source>
        <translation><numerusform>%n new version of an article in the library.</numerusform><numerusform>%n new versions of articles in the library.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) to review (View ▸ Review).</source>
        <translation><numerusform>%n annotation to review (View ▸ Review).</numerusform><numerusform>%n annotations to review (View ▸ Review).</numerusform></translation>
    </message>
</context>
<context>
    <name>hamish::ImportDialog</name>
    <message>
        <source>Import each file as one article (do not split)</source>
        <translation>Import each file as one article (do not split)</translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>Import articles</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Files to import</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Detect automatically</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encoding</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Related titles</source>
        <translation>Related titles</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Characters</translation>
    </message>
    <message>
        <source>Articles found</source>
        <translation>Articles found</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>This file cannot be imported: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s), encoding %1 (confidence %2 of 100), format %3.</source>
        <translation>
            <numerusform>%n article, encoding %1 (confidence %2 of 100), format %3.</numerusform>
            <numerusform>%n articles, encoding %1 (confidence %2 of 100), format %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the file</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The first %n are listed.</source>
        <translation>
            <numerusform>The first is listed.</numerusform>
            <numerusform>The first %n are listed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import as a new version of the open article «%1»</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The article keeps its id, its earlier texts and its annotations, which are carried to the new text; those that moved by their quote or found no place wait in the Review panel.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hamish::JobStatus</name>
    <message>
        <source>Progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <source>Cancel the running job</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelling %1…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hamish::LabelBar</name>
    <message>
        <source>Document labels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any number of these</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One of these</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Label the article %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the label %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Refuse This Suggestion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: suggested by the label model, %2 % sure. Click to set it; the context menu refuses it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (suggested, %2 %)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hamish::LabelSuggester</name>
    <message>
        <source>Suggesting labels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training the label model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training the label model on a worker thread…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The label model was trained: F1 %1 in cross-validation.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hamish::LibraryController</name>
    <message>
        <source>&amp;Properties…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark as &amp;Read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark as &amp;Unread</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Star</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore from T&amp;rash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New Collection…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Back Up Library…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A&amp;rticle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add to &amp;Collection</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Move %n article(s) to the Trash</source>
        <translation>
            <numerusform>Move %n article to the Trash</numerusform>
            <numerusform>Move %n articles to the Trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n article(s)</source>
        <translation>
            <numerusform>Restore %n article</numerusform>
            <numerusform>Restore %n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Trash is empty.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Remove %n article(s) for good?</source>
        <translation>
            <numerusform>Remove %n article for good?</numerusform>
            <numerusform>Remove %n articles for good?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) on them go too. This cannot be undone.</source>
        <translation>
            <numerusform>%n annotation on them goes too. This cannot be undone.</numerusform>
            <numerusform>%n annotations on them go too. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit article properties</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add to «%1»</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove from the collection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New Collection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name of the collection:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New collection «%1»</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rename Collection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rename collection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete collection «%1»</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back Up Library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hamish libraries (*.hamish)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backing up the library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The library was backed up to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New Collection…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove from This Collection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Rename Collection…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete Collection</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hamish::LibraryFilterBar</name>
    <message>
        <source>Published from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Published until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter articles</source>
        <translation type="unfinished">Filter articles</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show only unread articles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show only starred articles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished">Source</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any document label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mentioned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The dates the range and the Date column are of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Published: the articles' dates. Mentioned: the dates their DATE tags name; the Date column then sorts by the earliest.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hamish::LibraryModel</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not starred</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 disagreements resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Curation</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hamish::LibraryView</name>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
</context>
<context>
    <name>hamish::MainWindow</name>
    <message>
        <source>Hamish</source>
        <translation>Hamish</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>The library is empty. Import articles with File ▸ Import, or drop files here.</source>
        <translation>The library is empty. Import articles with File ▸ Import, or drop files here.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>&amp;Import Files…</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>Import &amp;Folder…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Find in Article</source>
        <translation>&amp;Find in Article</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Find &amp;Next</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>Find &amp;Previous</translation>
    </message>
    <message>
        <source>&amp;Search Library</source>
        <translation>&amp;Search Library</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Hamish</source>
        <translation>&amp;About Hamish</translation>
    </message>
    <message>
        <source>About Hamish</source>
        <translation>About Hamish</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hamish %1&lt;/h3&gt;&lt;p&gt;A reader and annotator for Arabic news.&lt;/p&gt;&lt;p&gt;Library: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Hamish %1&lt;/h3&gt;&lt;p&gt;A reader and annotator for Arabic news.&lt;/p&gt;&lt;p&gt;Library: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entities</translation>
    </message>
    <message>
        <source>Import &amp;Annotations…</source>
        <translation>Import &amp;Annotations…</translation>
    </message>
    <message>
        <source>&amp;Export Annotations…</source>
        <translation>&amp;Export Annotations…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Pre&amp;ferences…</translation>
    </message>
    <message>
        <source>&amp;Go To</source>
        <translation>&amp;Go To</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Library</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>&amp;Article</translation>
    </message>
    <message>
        <source>A&amp;nnotations</source>
        <translation>A&amp;nnotations</translation>
    </message>
    <message>
        <source>&amp;Entities</source>
        <translation>&amp;Entities</translation>
    </message>
    <message>
        <source>S&amp;tatistics…</source>
        <translation>S&amp;tatistics…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>The article is in the Trash. Undo (Ctrl+Z) or restore it from the Trash to read it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To annotate, select text in an article, then press 1–9 to tag an entity type, H to highlight or N to write a note.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Relations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Relations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entity &amp;Network…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Link to Another Entity…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attri&amp;butes…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document &amp;Labels…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Train the Entity &amp;Model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The entity model is training already.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;view Suggestions…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Train the &amp;Label Model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The label model is training already.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mo&amp;dels…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n date expression(s) proposed as DATE tags: A accepts, R rejects.</source>
        <translation>
            <numerusform>%n date expression proposed as a DATE tag: A accepts, R rejects.</numerusform>
            <numerusform>%n date expressions proposed as DATE tags: A accepts, R rejects.</numerusform>
        </translation>
    </message>
    <message>
        <source>No untagged date expressions in this article.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This article has a new version; its annotations were carried to it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hamish::ModelDialog</name>
    <message>
        <source>&amp;Train Now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Precision %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recall %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>F1 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Suggests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scores per type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>F1 a type needs before it suggests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Examples a type needs before it suggests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New tags that start a retraining</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>…and &amp;examples:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Retrain after this many new tags:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training now…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No model yet. Tag entities (at least %1), then Train Now; the model learns from every tagged article up to its last tag.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trained %1 on %2 tokens in %3 sentences, in %4 s. Scores are from %5-fold cross-validation by %6; micro F1 %7 %.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sentence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scores per label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Entities</source>
        <translation type="unfinished">&amp;Entities</translation>
    </message>
    <message>
        <source>Document &amp;Labels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A type or label suggests from &amp;F1:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trained %1 on %2 labelled articles (a fastText classifier per label set), in %3 s. Scores are from %4-fold cross-validation by article; micro F1 %5 %.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No label model yet. Label articles (a label set needs labels on at least 5), then Train Now.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hamish::NerModel</name>
    <message>
        <source>Training was cancelled.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hamish::NetworkScene</name>
    <message numerus="yes">
        <source>%1 (%2): %Ln mention(s)</source>
        <translation>
            <numerusform>%1 (%2): %Ln mention</numerusform>
            <numerusform>%1 (%2): %Ln mentions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 — %3: %Ln relation(s)</source>
        <translation>
            <numerusform>%1 — %2 — %3: %Ln relation</numerusform>
            <numerusform>%1 — %2 — %3: %Ln relations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hamish::NetworkView</name>
    <message>
        <source>Published from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Published until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entity Network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Relation types</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Relation types shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished">Articles</translation>
    </message>
    <message>
        <source>At most </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> entities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How many of the most mentioned entities to show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evidence sentences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the whole network (Ctrl+0)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Click an edge to see the sentences its relations were made in; double-click a sentence to open the article there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save &amp;Picture…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export Graph…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PNG or SVG</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GraphML (yEd, Cytoscape) or GEXF (Gephi)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whole library</source>
        <translation type="unfinished">Whole library</translation>
    </message>
    <message>
        <source>Collection «%1»</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Laying out…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Building the network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Laying out the network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 entities, %3 of %4 edges</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 entities, %2 edges</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No relations match. Link entities in the reader with L.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>«%1» %2 «%3»</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… and %Ln more</numerusform>
            <numerusform>… and %Ln more</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation type="unfinished">%1 could not be written.</translation>
    </message>
    <message>
        <source>Save Picture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>network.png</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PNG images (*.png);;SVG drawings (*.svg)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Graph</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>network.graphml</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GraphML (*.graphml);;GEXF for Gephi (*.gexf)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hamish::NoteDialog</name>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Note text</translation>
    </message>
</context>
<context>
    <name>hamish::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Edit &amp;Entity Types…</source>
        <translation>Edit &amp;Entity Types…</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Reading</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>&amp;Font:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Size:</translation>
    </message>
    <message>
        <source>&amp;Line spacing:</source>
        <translation>&amp;Line spacing:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Annotating</source>
        <translation>Annotating</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Your name:</translation>
    </message>
    <message>
        <source>Entity types:</source>
        <translation>Entity types:</translation>
    </message>
    <message>
        <source>Reading font</source>
        <translation>Reading font</translation>
    </message>
    <message>
        <source>Reading font size</source>
        <translation>Reading font size</translation>
    </message>
    <message>
        <source>Line spacing</source>
        <translation>Line spacing</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Language of the window</translation>
    </message>
    <message>
        <source>Your name on new annotations</source>
        <translation>Your name on new annotations</translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> new tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Retrain the entity model after:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New entity tags after which the model trains again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Umm al-Qura (Saudi Arabia)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tabular (civil)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Hijri dates read in:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Hijri calendar dates are read in</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hamish::ReaderPane</name>
    <message>
        <source>Article title</source>
        <translation>Article title</translation>
    </message>
    <message>
        <source>Article details</source>
        <translation>Article details</translation>
    </message>
    <message>
        <source>Related articles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Titles of related articles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Related articles (%1)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hamish::ReaderView</name>
    <message>
        <source>Article text</source>
        <translation>Article text</translation>
    </message>
    <message>
        <source>Suggested: %1 — A accepts, R rejects</source>
        <translation>Suggested: %1 — A accepts, R rejects</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>Highlight (%1)</source>
        <translation>Highlight (%1)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>hamish::RecommenderController</name>
    <message>
        <source>Suggesting tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training the entity model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training the entity model on a worker thread…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The entity model was trained: F1 %1 in cross-validation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading the entity model</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hamish::RelationController</name>
    <message>
        <source>Put the caret in an entity tag to link it (L).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Linking «%1» to «%2»: Tab and Shift+Tab choose the target, a digit the type (%3), Enter a list, Esc cancels.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no other entity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no type allows it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No relation type has the key %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Link «%1» %2 «%3»</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Delete %n relation(s)</source>
        <translation>
            <numerusform>Delete %n relation</numerusform>
            <numerusform>Delete %n relations</numerusform>
        </translation>
    </message>
    <message>
        <source>Change relation type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>«%1» and «%2»</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit relation note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Relation Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It allows %1 to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>any type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change &amp;Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Relation &amp;Note…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete Relation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Link to…	L</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 does not link «%2» to «%3». %4</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hamish::RelationListModel</name>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Note</translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished">Article</translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished">Author</translation>
    </message>
</context>
<context>
    <name>hamish::RelationPanel</name>
    <message>
        <source>Relations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This article</source>
        <translation type="unfinished">This article</translation>
    </message>
    <message>
        <source>Whole library</source>
        <translation type="unfinished">Whole library</translation>
    </message>
    <message>
        <source>Show the relations of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Relation type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by words</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter relations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit Note…</source>
        <translation type="unfinished">Edit Note…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">Delete</translation>
    </message>
    <message>
        <source>All relation types</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hamish::RelationService</name>
    <message>
        <source>The two ends of a relation must be annotations of one article.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Both ends of a relation must be entity tags (annotations %1 and %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A relation links two different entities.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no relation type %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A relation %1 cannot go from %2 to %3 (it allows %4 to %5).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>any type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no annotation %1.</source>
        <translation type="unfinished">There is no annotation %1.</translation>
    </message>
    <message>
        <source>These two are linked by that relation already (relation %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no label %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hamish::RelationTypesDialog</name>
    <message>
        <source>Relation Types</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished">Key</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished">Code</translation>
    </message>
    <message>
        <source>Arabic name</source>
        <translation type="unfinished">Arabic name</translation>
    </message>
    <message>
        <source>English name</source>
        <translation type="unfinished">English name</translation>
    </message>
    <message>
        <source>Directed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From types</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To types</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished">Colour</translation>
    </message>
    <message>
        <source>Relation types</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From and To list the entity types each end allows, as codes separated by commas; leave them empty to allow any.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished">&amp;Add…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished">Move &amp;Up</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished">Move &amp;Down</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation type="unfinished">&amp;Colour…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished">&amp;Remove</translation>
    </message>
    <message>
        <source>New Relation Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code (for example WORKS_FOR):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unchecked: symmetric (A met B is B met A).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hamish::ReviewDialog</name>
    <message>
        <source>Review Suggestions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This article</source>
        <translation type="unfinished">This article</translation>
    </message>
    <message>
        <source>Whole library</source>
        <translation type="unfinished">Whole library</translation>
    </message>
    <message>
        <source>Collection «%1»</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review the suggestions of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Suggestions to review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Accept (A)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reject (R)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No model yet: train it first (Annotate ▸ Train the Entity Model).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Looking for suggestions…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finding suggestions</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln suggestion(s), the least certain first.</source>
        <translation>
            <numerusform>%Ln suggestion, the least certain first.</numerusform>
            <numerusform>%Ln suggestions, the least certain first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln suggestion(s) left.</source>
        <translation>
            <numerusform>%Ln suggestion left.</numerusform>
            <numerusform>%Ln suggestions left.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hamish::ReviewPanel</name>
    <message>
        <source>Exact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shifted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Moved by its quote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No place found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re-place on &amp;selection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Placement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Similarity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Annotations to review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep it where the new version put it (an orphan stays with its old version).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select the text it belongs to in the reader, then press this.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the annotation and what hangs on it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to review: the annotations of this article are where its text put them.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n annotation(s) of the new version to review.</source>
        <translation><numerusform>%n annotation of the new version to review.</numerusform><numerusform>%n annotations of the new version to review.</numerusform></translation>
    </message>
</context>
<context>
    <name>hamish::SchemaService</name>
    <message>
        <source>The relation type %1 names the entity type '%2', which the library does not have.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is a relation type %1 already.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The relation type cannot be removed while %n relation(s) use it.</source>
        <translation>
            <numerusform>The relation type cannot be removed while %n relation uses it.</numerusform>
            <numerusform>The relation type cannot be removed while %n relations use it.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no relation type %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no entity type %1.</source>
        <translation type="unfinished">There is no entity type %1.</translation>
    </message>
    <message>
        <source>The type has an attribute %1 already.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An attribute of choices needs at least one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is a label set %1 already.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no label set %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The set %1 has a label %2 already.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The label set cannot be removed while articles carry its labels.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The label cannot be removed while %n article(s) carry it.</source>
        <translation>
            <numerusform>The label cannot be removed while %n article carries it.</numerusform>
            <numerusform>The label cannot be removed while %n articles carry it.</numerusform>
        </translation>
    </message>
    <message>
        <source>'%1' cannot be an entity type code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>updated entity type %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>added entity type %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' cannot be a relation type code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The relation type %1 names the entity type '%2', which is neither in the library nor in the file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>updated relation type %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>added relation type %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The attribute %1 belongs to an unknown entity type.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' cannot be an attribute name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>updated attribute %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>added attribute %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' cannot be a label set code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>added label set %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' cannot be a label code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>added label %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An entity type has no code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The attribute %1 has an unknown kind '%2' (boolean, choice or text).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A relation type has no code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The label set %1 has choice '%2' (single or multiple).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A label set has no code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' cannot be a relation type code: start with a letter or _, then letters, digits, - and _.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' cannot be an attribute name: start with a letter or _, then letters, digits, - and _.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' cannot be a label set code: start with a letter or _, then letters, digits, - and _.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' cannot be a label code: start with a letter or _, then letters, digits, - and _.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hamish::SearchPanel</name>
    <message>
        <source>Search the library</source>
        <translation>Search the library</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>No article matches.</source>
        <translation>No article matches.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Search in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In the whole library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In «%1»</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hamish::ShelfTree</name>
    <message>
        <source>Shelves</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All Articles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Collections</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hamish::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>In the reader</source>
        <translation>In the reader</translation>
    </message>
    <message>
        <source>Tag the selection with entity type 1 to 9</source>
        <translation>Tag the selection with entity type 1 to 9</translation>
    </message>
    <message>
        <source>Select text a word at a time</source>
        <translation>Select text a word at a time</translation>
    </message>
    <message>
        <source>Select text a character at a time</source>
        <translation>Select text a character at a time</translation>
    </message>
    <message>
        <source>Open the context menu of the selection</source>
        <translation>Open the context menu of the selection</translation>
    </message>
    <message>
        <source>Move between the panels</source>
        <translation>Move between the panels</translation>
    </message>
    <message>
        <source>Close the find bar or a dialog</source>
        <translation>Close the find bar or a dialog</translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, or %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 with the arrows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the Menu key, or %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hamish::StatisticsView</name>
    <message>
        <source>Entity types</source>
        <translation>Entity types</translation>
    </message>
    <message>
        <source>Top entities</source>
        <translation>Top entities</translation>
    </message>
    <message>
        <source>Annotations per article</source>
        <translation>Annotations per article</translation>
    </message>
    <message>
        <source>Annotation timeline</source>
        <translation>Annotation timeline</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>This article</source>
        <translation>This article</translation>
    </message>
    <message>
        <source>Whole library</source>
        <translation>Whole library</translation>
    </message>
    <message>
        <source>Statistics for</source>
        <translation>Statistics for</translation>
    </message>
    <message>
        <source>&amp;Statistics for:</source>
        <translation>&amp;Statistics for:</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Save as PNG…</translation>
    </message>
    <message>
        <source>Save the chart %1 as PNG</source>
        <translation>Save the chart %1 as PNG</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Save Chart</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 could not be written.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln annotation</numerusform>
            <numerusform>%Ln annotations</numerusform>
        </translation>
    </message>
    <message>
        <source>Collection «%1»</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document labels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Relation types</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dates mentioned</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hamish::TagAllDialog</name>
    <message>
        <source>This &amp;article</source>
        <translation>This &amp;article</translation>
    </message>
    <message>
        <source>The whole &amp;library</source>
        <translation>The whole &amp;library</translation>
    </message>
    <message>
        <source>Tag All Occurrences</source>
        <translation>Tag All Occurrences</translation>
    </message>
    <message>
        <source>Name to find</source>
        <translation>Name to find</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>In context</source>
        <translation>In context</translation>
    </message>
    <message>
        <source>Occurrences</source>
        <translation>Occurrences</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Where:</translation>
    </message>
    <message>
        <source>Check All</source>
        <translation>Check All</translation>
    </message>
    <message>
        <source>Check None</source>
        <translation>Check None</translation>
    </message>
    <message>
        <source>&amp;Tag Checked</source>
        <translation>&amp;Tag Checked</translation>
    </message>
    <message>
        <source>tagged</source>
        <translation>tagged</translation>
    </message>
    <message numerus="yes">
        <source>%n occurrence(s)</source>
        <translation>
            <numerusform>%n occurrence</numerusform>
            <numerusform>%n occurrences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n already tagged)</source>
        <translation>
            <numerusform>(%n already tagged)</numerusform>
            <numerusform>(%n already tagged)</numerusform>
        </translation>
    </message>
    <message>
        <source>found in %1 ms.</source>
        <translation>found in %1 ms.</translation>
    </message>
    <message>
        <source>The &amp;collection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Collection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finding occurrences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Searching the library…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hamish::TeamController</name>
    <message>
        <source>&amp;Team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conflict &amp;History…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect to a Team Project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The team project's PostgreSQL database, as a libpq connection string or URI, for example
host=news.example.org dbname=newsroom user=%1 sslmode=verify-full
Your role on the server is your annotator name. Passwords come from ~/.pgpass or are asked for, and are never stored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team: not connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team: syncing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Syncing with the team project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team: synced at %1, pulled %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Synced with the team project: %1.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n change(s) in other annotators' layers stay in this library: your role may write only your own layer.</source>
        <translation>
            <numerusform>%n change in another annotator's layer stays in this library: your role may write only your own layer.</numerusform>
            <numerusform>%n changes in other annotators' layers stay in this library: your role may write only your own layer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Team Project Password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server asks for a password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team: offline since %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The team sync failed; your work stays in this library and goes with the next sync. %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hamish::TeamHistoryDialog</name>
    <message>
        <source>(removed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conflict History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When two people changed the same shared object, the later change stays; the version that lost is kept here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lost version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changed by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lost to</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hamish::VersionBar</name>
    <message>
        <source>What &amp;changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The latest version with the words inserted and deleted since the one before.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Version %1 of %2, imported %3; %n character(s) changed.</source>
        <translation><numerusform>Version %1 of %2, imported %3; %n character changed.</numerusform><numerusform>Version %1 of %2, imported %3; %n characters changed.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) to review.</source>
        <translation><numerusform>%n annotation to review.</numerusform><numerusform>%n annotations to review.</numerusform></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hamish::VersionDialog</name>
    <message>
        <source>Show what &amp;changed since the version before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Versions of the article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text of the version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1 against version %2: inserted words are green, deleted ones red and struck through.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Version %1: %n annotation(s) kept here found no place in the next version (marked).</source>
        <translation><numerusform>Version %1: %n annotation kept here found no place in the next version (marked).</numerusform><numerusform>Version %1: %n annotations kept here found no place in the next version (marked).</numerusform></translation>
    </message>
</context>
<context>
    <name>hamish::VersionService</name>
    <message>
        <source>this library syncs with a team project, and versions of articles are not shared with teams yet; import the new text as an article of its own.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>article %1 has no version %2 (it has %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>annotation %1 was not carried to version %2 of article %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>select the text the annotation belongs to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the annotation was deleted; undo the deletion first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hamish::VersionsController</name>
    <message>
        <source>Accept placement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete annotation</source>
        <translation type="unfinished">Delete annotation</translation>
    </message>
    <message>
        <source>Select the text the annotation belongs to, then press Re-place.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re-place annotation</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hamish::WriteErrorNotice</name>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>The library did not change, and what you see is what it holds. Reading, searching and exporting to another folder still work. Free some disk space or check that the library file can be written, then try again.</source>
        <translation>The library did not change, and what you see is what it holds. Reading, searching and exporting to another folder still work. Free some disk space or check that the library file can be written, then try again.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A reader and annotator for Arabic news.</source>
        <translation>A reader and annotator for Arabic news.</translation>
    </message>
    <message>
        <source>The library file.</source>
        <translation>The library file.</translation>
    </message>
    <message>
        <source>Hamish</source>
        <translation>Hamish</translation>
    </message>
    <message>
        <source>Hamish is already open on %1; that window was brought to the front.</source>
        <translation>Hamish is already open on %1; that window was brought to the front.</translation>
    </message>
    <message>
        <source>%1 is in use by another Hamish that does not answer.</source>
        <translation>%1 is in use by another Hamish that does not answer.</translation>
    </message>
    <message>
        <source>This library is open in another Hamish that does not answer. It is shown read-only: you can read, search and export, but not change it.</source>
        <translation>This library is open in another Hamish that does not answer. It is shown read-only: you can read, search and export, but not change it.</translation>
    </message>
    <message>
        <source>This library cannot be written. It is shown read-only: you can read, search and export, but not change it.</source>
        <translation>This library cannot be written. It is shown read-only: you can read, search and export, but not change it.</translation>
    </message>
    <message>
        <source>The language of the window for this run: ar or en.</source>
        <translation>The language of the window for this run: ar or en.</translation>
    </message>
    <message>
        <source>Open this article.</source>
        <translation>Open this article.</translation>
    </message>
    <message>
        <source>--lang takes ar or en.</source>
        <translation>--lang takes ar or en.</translation>
    </message>
</context>
</TS>