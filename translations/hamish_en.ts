<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the library, not imported again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n file(s) not imported.</source>
        <translation type="unfinished">
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
        </translation>
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
</context>
</TS>
