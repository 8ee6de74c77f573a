<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AgreementService</name>
    <message>
        <source>Agreement needs two annotators who both marked the same articles done; %1.</source>
        <translation>يحتاج الاتفاق إلى مُعلِّمَين أنهى كلاهما المقالات نفسها؛ %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n annotator(s) have done articles</source>
        <translation>
            <numerusform>لا مُعلِّم له مقالات منتهية</numerusform>
            <numerusform>مُعلِّم واحد له مقالات منتهية</numerusform>
            <numerusform>مُعلِّمان لهما مقالات منتهية</numerusform>
            <numerusform>%n مُعلِّمين لهم مقالات منتهية</numerusform>
            <numerusform>%n مُعلِّمًا لهم مقالات منتهية</numerusform>
            <numerusform>%n مُعلِّم لهم مقالات منتهية</numerusform>
        </translation>
    </message>
    <message>
        <source>no two have a done article in common</source>
        <translation>ولا يشترك اثنان منهم في مقالة منتهية</translation>
    </message>
</context>
<context>
    <name>AnnotationImportService</name>
    <message>
        <source>the library cannot be written (%1).</source>
        <translation>لا يمكن الكتابة في المكتبة (%1).</translation>
    </message>
    <message>
        <source>an earlier error ended the transaction</source>
        <translation>أنهى خطأ سابق المعاملة</translation>
    </message>
    <message>
        <source>the library cannot be written (%1); nothing of this import was kept.</source>
        <translation>لا يمكن الكتابة في المكتبة (%1)؛ لم يُحفظ شيء من هذا الاستيراد.</translation>
    </message>
</context>
<context>
    <name>AnnotationReaders</name>
    <message>
        <source>the text file beside it cannot be read (%1).</source>
        <translation>لا يمكن قراءة الملف النصي المجاور له (%1).</translation>
    </message>
    <message>
        <source>cannot read it (%1).</source>
        <translation>تعذّرت قراءته (%1).</translation>
    </message>
    <message>
        <source>the text beside it (%1) is empty.</source>
        <translation>النص المجاور له (%1) فارغ.</translation>
    </message>
    <message>
        <source>a T line needs an id, a type with offsets and the text.</source>
        <translation>يحتاج سطر T إلى معرّف ونوع مع المواضع والنص.</translation>
    </message>
    <message>
        <source>malformed T line.</source>
        <translation>سطر T غير سليم.</translation>
    </message>
    <message>
        <source>malformed offsets '%1'.</source>
        <translation>مواضع غير سليمة '%1'.</translation>
    </message>
    <message>
        <source>offsets %1–%2 are past the end of the text (%3 code points).</source>
        <translation>المواضع %1–%2 تتجاوز نهاية النص (%3 محرفاً).</translation>
    </message>
    <message>
        <source>the text '%1' does not match offsets %2, which cover '%3'.</source>
        <translation>النص '%1' لا يطابق المواضع %2 التي تغطي '%3'.</translation>
    </message>
    <message>
        <source>malformed note line.</source>
        <translation>سطر ملاحظة غير سليم.</translation>
    </message>
    <message>
        <source>unknown line type '%1'.</source>
        <translation>نوع سطر غير معروف '%1'.</translation>
    </message>
    <message>
        <source>expected a token and a tag, found '%1'.</source>
        <translation>كان المتوقع كلمة ووسماً، ووُجد '%1'.</translation>
    </message>
    <message>
        <source>no tokens.</source>
        <translation>لا كلمات فيه.</translation>
    </message>
    <message>
        <source>malformed JSON (%1).</source>
        <translation>JSON غير سليم (%1).</translation>
    </message>
    <message>
        <source>offsets in '%1' are not supported; use code points.</source>
        <translation>المواضع بوحدة '%1' غير مدعومة؛ استخدم نقاط الترميز.</translation>
    </message>
    <message>
        <source>the record has no text.</source>
        <translation>السجل بلا نص.</translation>
    </message>
    <message>
        <source>the text has CR line ends or a BOM, so its offsets cannot be trusted.</source>
        <translation>في النص نهايات أسطر CR أو علامة ترتيب البايتات، فلا يوثق بمواضعه.</translation>
    </message>
    <message>
        <source>unknown annotation kind.</source>
        <translation>نوع تعليق غير معروف.</translation>
    </message>
    <message>
        <source>no records.</source>
        <translation>لا سجلات فيه.</translation>
    </message>
    <message>
        <source>no Web Annotation found (expected an Annotation, AnnotationPage or AnnotationCollection).</source>
        <translation>لم يوجد تعليق ويب (المتوقع Annotation أو AnnotationPage أو AnnotationCollection).</translation>
    </message>
    <message>
        <source>malformed %1 line.</source>
        <translation>سطر %1 مشوّه.</translation>
    </message>
    <message>
        <source>the attribute refers to %1, which is not here.</source>
        <translation>تشير السمة إلى %1، وهو غير موجود هنا.</translation>
    </message>
    <message>
        <source>a note refers to %1, which is not here.</source>
        <translation>تشير ملاحظة إلى %1، وهو غير موجود هنا.</translation>
    </message>
    <message>
        <source>a normalisation refers to %1, which is not a T line here.</source>
        <translation>يشير توحيد إلى %1، وليس سطر T هنا.</translation>
    </message>
    <message>
        <source>'%1' is not an O, B- or I- tag</source>
        <translation>«%1» ليس وسم O ولا B- ولا I-</translation>
    </message>
    <message>
        <source>'%1' is not a valid type name (a letter or _, then letters, digits, - or _)</source>
        <translation>«%1» ليس اسم نوع صالحًا (حرف أو _، ثم حروف أو أرقام أو - أو _)</translation>
    </message>
    <message>
        <source>line %1: %2; read as O</source>
        <translation>السطر %1: %2؛ قُرئ O</translation>
    </message>
    <message>
        <source>%1; import with --lenient to read such tags as O.</source>
        <translation>%1؛ استورد مع ‎--lenient‎ لقراءة مثل هذه الوسوم O.</translation>
    </message>
    <message>
        <source>the span %1–%2 is outside the text (%3 code points).</source>
        <translation>المدى %1–%2 خارج النص (%3 محرفًا).</translation>
    </message>
    <message>
        <source>a label must be [start, end, type].</source>
        <translation>يجب أن يكون الوسم [بداية، نهاية، نوع].</translation>
    </message>
    <message>
        <source>a relation needs from_id, to_id and type.</source>
        <translation>تحتاج العلاقة إلى from_id وto_id وtype.</translation>
    </message>
    <message>
        <source>annotation %1 has no target</source>
        <translation>التعليق %1 بلا هدف</translation>
    </message>
    <message>
        <source>annotation %1 links, but lacks its target, its linking body or the relation's type (a tagging body)</source>
        <translation>التعليق %1 يربط، لكن ينقصه هدفه أو جسم الربط أو نوع العلاقة (جسم وسم)</translation>
    </message>
    <message>
        <source>annotation %1 targets a whole resource (%2), not a span of text</source>
        <translation>يستهدف التعليق %1 موردًا كاملًا (%2) لا مقطعًا من النص</translation>
    </message>
    <message>
        <source>annotation %1 selects no text (it has %2, and neither a TextQuoteSelector nor a TextPositionSelector)</source>
        <translation>لا يحدد التعليق %1 نصًا (فيه %2، وليس فيه TextQuoteSelector ولا TextPositionSelector)</translation>
    </message>
    <message numerus="yes">
        <source>none of its %n annotation(s) can be imported: %1</source>
        <translation>
            <numerusform>لا يمكن استيراد أي تعليق منه: %1</numerusform>
            <numerusform>لا يمكن استيراد تعليقه الوحيد: %1</numerusform>
            <numerusform>لا يمكن استيراد أيٍّ من تعليقيه: %1</numerusform>
            <numerusform>لا يمكن استيراد أيٍّ من تعليقاته الـ%n: %1</numerusform>
            <numerusform>لا يمكن استيراد أيٍّ من تعليقاته الـ%n: %1</numerusform>
            <numerusform>لا يمكن استيراد أيٍّ من تعليقاته الـ%n: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnnotatorProgress</name>
    <message>
        <source>An annotator needs a name.</source>
        <translation>يحتاج المُعلِّم إلى اسم.</translation>
    </message>
</context>
<context>
    <name>ArticleInput</name>
    <message>
        <source>cannot read it (%1).</source>
        <translation>تعذّرت قراءته (%1).</translation>
    </message>
    <message>
        <source>this is a folder, not a file.</source>
        <translation>هذا مجلد وليس ملفاً.</translation>
    </message>
    <message>
        <source>this is not a regular file (a pipe, a socket or a device); Hamish imports only files.</source>
        <translation>هذا ليس ملفاً عادياً (أنبوب أو مقبس أو جهاز)؛ هامش يستورد الملفات فقط.</translation>
    </message>
    <message>
        <source>the file is %1 bytes; Hamish reads text and HTML files of up to %2 bytes (split it, or import a JSON Lines corpus, which has no such limit).</source>
        <translation>حجم الملف %1 بايت؛ يقرأ هامش ملفات النص وHTML حتى %2 بايت (قسّمه، أو استورد مدوّنة JSON Lines التي لا حدّ لها).</translation>
    </message>
</context>
<context>
    <name>ArticlePreparation</name>
    <message>
        <source>record %1: empty content, skipped.</source>
        <translation>السجل %1: محتوى فارغ، تُخطّي.</translation>
    </message>
    <message>
        <source>record %1 has no letter or digit (only marks, invisible characters or symbols), skipped.</source>
        <translation>السجل %1 بلا حرف ولا رقم (علامات أو محارف خفية أو رموز فقط)، تُخطّي.</translation>
    </message>
    <message>
        <source>article %1 is %2 characters long; Hamish takes articles of up to %3 characters.</source>
        <translation>طول المقالة %1 هو %2 محرفاً؛ يقبل هامش مقالات حتى %3 محرفاً.</translation>
    </message>
    <message>
        <source>article %1 has no letter or digit (only marks, invisible characters or symbols).</source>
        <translation>المقالة %1 بلا حرف ولا رقم (علامات أو محارف خفية أو رموز فقط).</translation>
    </message>
</context>
<context>
    <name>ArticleReader</name>
    <message>
        <source>the encoding %1 is a guess (confidence %2 of 100); check the text.</source>
        <translation>الترميز %1 تخمين (الثقة %2 من 100)؛ تحقّق من النص.</translation>
    </message>
    <message>
        <source>the page has no article text.</source>
        <translation>الصفحة بلا نص مقالة.</translation>
    </message>
    <message>
        <source>no article found.</source>
        <translation>لم توجد مقالة.</translation>
    </message>
    <message>
        <source>unknown encoding %1.</source>
        <translation>ترميز غير معروف %1.</translation>
    </message>
    <message numerus="yes">
        <source>no article found (%n record(s) skipped: empty, or without a letter or digit).</source>
        <translation>
            <numerusform>لم توجد مقالة (لم يُتخطَّ أي سجل).</numerusform>
            <numerusform>لم توجد مقالة (تُخطّي سجل واحد: فارغ أو بلا حرف ولا رقم).</numerusform>
            <numerusform>لم توجد مقالة (تُخطّي سجلان: فارغان أو بلا حرف ولا رقم).</numerusform>
            <numerusform>لم توجد مقالة (تُخطّيت %n سجلات: فارغة أو بلا حرف ولا رقم).</numerusform>
            <numerusform>لم توجد مقالة (تُخطّي %n سجلاً: فارغة أو بلا حرف ولا رقم).</numerusform>
            <numerusform>لم توجد مقالة (تُخطّي %n سجل: فارغة أو بلا حرف ولا رقم).</numerusform>
        </translation>
    </message>
    <message>
        <source>the reading stopped early.</source>
        <translation>توقفت القراءة قبل أوانها.</translation>
    </message>
    <message>
        <source>cancelled.</source>
        <translation>أُلغي.</translation>
    </message>
</context>
<context>
    <name>Colours</name>
    <message>
        <source>yellow</source>
        <translation>أصفر</translation>
    </message>
    <message>
        <source>green</source>
        <translation>أخضر</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>أزرق</translation>
    </message>
    <message>
        <source>pink</source>
        <translation>وردي</translation>
    </message>
    <message>
        <source>orange</source>
        <translation>برتقالي</translation>
    </message>
    <message>
        <source>purple</source>
        <translation>بنفسجي</translation>
    </message>
</context>
<context>
    <name>Curation</name>
    <message>
        <source>A comparison needs two annotators' layers besides %1's.</source>
        <translation>تحتاج المقارنة إلى طبقتَي مُعلِّمَين غير طبقة %1.</translation>
    </message>
    <message>
        <source>There is no layer %1 in this comparison.</source>
        <translation>لا توجد طبقة %1 في هذه المقارنة.</translation>
    </message>
    <message>
        <source>Only a disagreement about spans can be decided with spans of one's own.</source>
        <translation>لا يُحسم بمقاطع من عند المنسِّق إلا خلافٌ على المقاطع.</translation>
    </message>
    <message>
        <source>Taking what annotators agree on needs two layers besides %1's.</source>
        <translation>يحتاج أخذ ما اتفق عليه المُعلِّمون إلى طبقتين غير طبقة %1.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>This SQLite library has no FTS5 support.</source>
        <translation>مكتبة SQLite هذه لا تدعم FTS5.</translation>
    </message>
    <message>
        <source>Cannot register the Arabic search tokenizer.</source>
        <translation>تعذّر تسجيل مجزّئ البحث العربي.</translation>
    </message>
    <message>
        <source>There is no article %1.</source>
        <translation>لا توجد مقالة %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>تعذّر إنشاء المجلد %1</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>تعذّر إنشاء %1: %2</translation>
    </message>
    <message>
        <source>Cannot open the library %1: %2</source>
        <translation>تعذّر فتح المكتبة %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Hamish library: %2</source>
        <translation>%1 ليست مكتبة هامش: %2</translation>
    </message>
    <message>
        <source>%1 has schema %2 and cannot be upgraded while it is read-only.</source>
        <translation>%1 بالمخطط %2، ولا يمكن ترقيتها وهي للقراءة فقط.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Hamish (schema %2; this one knows %3).</source>
        <translation>%1 كتبها إصدار أحدث من هامش (المخطط %2؛ وهذا الإصدار يعرف حتى %3).</translation>
    </message>
    <message>
        <source>%1 is a database of another application.</source>
        <translation>%1 قاعدة بيانات لتطبيق آخر.</translation>
    </message>
    <message>
        <source>%1 is not a Hamish library.</source>
        <translation>%1 ليست مكتبة هامش.</translation>
    </message>
    <message>
        <source>Upgrading the library to schema %1 failed: %2</source>
        <translation>فشلت ترقية المكتبة إلى المخطط %1: %2</translation>
    </message>
    <message>
        <source>There is no item %1.</source>
        <translation>لا يوجد عنصر %1.</translation>
    </message>
    <message>
        <source>There is no annotation %1.</source>
        <translation>لا يوجد تعليق %1.</translation>
    </message>
    <message>
        <source>There is no entity %1.</source>
        <translation>لا يوجد كيان %1.</translation>
    </message>
    <message>
        <source>The library cannot be written: %1</source>
        <translation>تتعذّر الكتابة في المكتبة: %1</translation>
    </message>
    <message>
        <source>There is no relation %1.</source>
        <translation>لا توجد علاقة %1.</translation>
    </message>
    <message>
        <source>Cannot register the search's ranking function.</source>
        <translation>تعذّر تسجيل دالة ترتيب نتائج البحث.</translation>
    </message>
</context>
<context>
    <name>DateParser</name>
    <message numerus="yes">
        <source>the Hijri date is %1 in %2, %n day(s) from the Gregorian date %3</source>
        <translation>
            <numerusform>التاريخ الهجري هو %1 في %2، وهو نفس التاريخ الميلادي %3</numerusform>
            <numerusform>التاريخ الهجري هو %1 في %2، بفارق يوم واحد عن التاريخ الميلادي %3</numerusform>
            <numerusform>التاريخ الهجري هو %1 في %2، بفارق يومين عن التاريخ الميلادي %3</numerusform>
            <numerusform>التاريخ الهجري هو %1 في %2، بفارق %n أيام عن التاريخ الميلادي %3</numerusform>
            <numerusform>التاريخ الهجري هو %1 في %2، بفارق %n يومًا عن التاريخ الميلادي %3</numerusform>
            <numerusform>التاريخ الهجري هو %1 في %2، بفارق %n يوم عن التاريخ الميلادي %3</numerusform>
        </translation>
    </message>
    <message>
        <source>the Hijri and the Gregorian dates do not overlap (%1 and %2)</source>
        <translation>لا يتداخل التاريخان الهجري والميلادي (%1 و%2)</translation>
    </message>
    <message>
        <source>the weekday written is not the one of %1</source>
        <translation>يوم الأسبوع المكتوب ليس يوم %1</translation>
    </message>
</context>
<context>
    <name>EntityRecommender</name>
    <message>
        <source>Too few entity tags to learn from: %1 in %2 sentences (at least %3 tags in %4 sentences are needed).</source>
        <translation>وسوم الكيانات أقل من أن يُتعلَّم منها: %1 في %2 جملة (المطلوب %3 وسمًا على الأقل في %4 جمل).</translation>
    </message>
    <message>
        <source>The stored entity model was made by another version of Hamish; train it again.</source>
        <translation>صنع نموذجَ الكيانات المحفوظ إصدارٌ آخر من هامش؛ درّبه من جديد.</translation>
    </message>
    <message>
        <source>%1 Train it again.</source>
        <translation>%1 درّبه من جديد.</translation>
    </message>
    <message>
        <source>No entity model has been trained yet (hamish train trains one).</source>
        <translation>لم يُدرَّب نموذج للكيانات بعد (يدرّبه الأمر hamish train).</translation>
    </message>
</context>
<context>
    <name>ExportService</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>أُلغي التصدير؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>تعذّر إنشاء المجلد %1.</translation>
    </message>
</context>
<context>
    <name>ExportSummary</name>
    <message>
        <source>left out: %1</source>
        <translation>أُغفل: %1</translation>
    </message>
    <message>
        <source>nested or crossing entities</source>
        <translation>كيانات متداخلة أو متقاطعة</translation>
    </message>
    <message>
        <source>relations</source>
        <translation>علاقات</translation>
    </message>
    <message>
        <source>events</source>
        <translation>أحداث</translation>
    </message>
    <message>
        <source>attribute values</source>
        <translation>قيم سمات</translation>
    </message>
    <message>
        <source>references</source>
        <translation>إحالات</translation>
    </message>
    <message>
        <source>document labels</source>
        <translation>تصنيفات مقالات</translation>
    </message>
    <message>
        <source>highlights</source>
        <translation>تظليلات</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>article notes</source>
        <translation>ملاحظات مقالات</translation>
    </message>
    <message>
        <source>registry links</source>
        <translation>روابط بالسجل</translation>
    </message>
    <message>
        <source>discontinuous spans (written whole)</source>
        <translation>مقاطع متقطعة (كُتبت كاملة)</translation>
    </message>
</context>
<context>
    <name>Failure</name>
    <message>
        <source>line %1</source>
        <translation>السطر %1</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>السجل %1</translation>
    </message>
</context>
<context>
    <name>GraphLayout</name>
    <message>
        <source>Graphviz could not lay the network out.</source>
        <translation>تعذّر على Graphviz ترتيب الشبكة.</translation>
    </message>
</context>
<context>
    <name>GraphWriters</name>
    <message>
        <source>Graphviz could not write the network as DOT.</source>
        <translation>تعذّر على Graphviz كتابة الشبكة بصيغة DOT.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>article %1 could not be stored (%2).</source>
        <translation>تعذّر حفظ المقالة %1 (%2).</translation>
    </message>
    <message>
        <source>the library cannot be written (%1).</source>
        <translation>لا يمكن الكتابة في المكتبة (%1).</translation>
    </message>
    <message>
        <source>cancelled; nothing was imported.</source>
        <translation>أُلغي؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>no such file or folder.</source>
        <translation>لا يوجد ملف أو مجلد بهذا الاسم.</translation>
    </message>
    <message>
        <source>the library cannot be written (it is open read-only).</source>
        <translation>لا يمكن الكتابة في المكتبة (مفتوحة للقراءة فقط).</translation>
    </message>
    <message>
        <source>an earlier error ended the transaction</source>
        <translation>أنهى خطأ سابق المعاملة</translation>
    </message>
    <message>
        <source>the library cannot be written (%1); nothing of this import was kept.</source>
        <translation>لا يمكن الكتابة في المكتبة (%1)؛ لم يُحفظ شيء من هذا الاستيراد.</translation>
    </message>
    <message>
        <source>a new version of article %1 must be a file of one article; this one holds more.</source>
        <translation>يجب أن تكون النسخة الجديدة من المقالة %1 ملفًا فيه مقالة واحدة؛ وهذا الملف فيه أكثر من ذلك.</translation>
    </message>
    <message>
        <source>article %1 could not be stored as a new version of article %2 (%3).</source>
        <translation>تعذّر حفظ المقالة %1 نسخةً جديدة من المقالة %2 (%3).</translation>
    </message>
</context>
<context>
    <name>ImportWriter</name>
    <message>
        <source>its annotation.conf cannot be applied: %1</source>
        <translation>تعذّر تطبيق annotation.conf المرافق له: %1</translation>
    </message>
    <message>
        <source>line %1: '%2' is not a valid entity type name (a letter or _, then letters, digits, - or _); rename it with a type mapping</source>
        <translation>السطر %1: «%2» ليس اسم نوع كيان صالحًا (حرف أو _، ثم حروف أو أرقام أو - أو _)؛ أعد تسميته بمطابقة أنواع</translation>
    </message>
    <message>
        <source>the entity type '%1' cannot be created: %2</source>
        <translation>تعذّر إنشاء نوع الكيان «%1»: %2</translation>
    </message>
    <message>
        <source>line %1: '%2' is not a valid relation type name (a letter or _, then letters, digits, - or _)</source>
        <translation>السطر %1: «%2» ليس اسم نوع علاقة صالحًا (حرف أو _، ثم حروف أو أرقام أو - أو _)</translation>
    </message>
    <message>
        <source>the relation type '%1' cannot be created: %2</source>
        <translation>تعذّر إنشاء نوع العلاقة «%1»: %2</translation>
    </message>
    <message>
        <source>line %1: '%2' is not a valid attribute name</source>
        <translation>السطر %1: «%2» ليس اسم سمة صالحًا</translation>
    </message>
    <message>
        <source>'%1' is not a valid label set name</source>
        <translation>«%1» ليس اسم مجموعة تصنيفات صالحًا</translation>
    </message>
    <message>
        <source>'%1' is not a valid label name</source>
        <translation>«%1» ليس اسم تصنيف صالحًا</translation>
    </message>
    <message>
        <source>annotation at line %1: %2</source>
        <translation>التعليق في السطر %1: %2</translation>
    </message>
    <message>
        <source>line %1: the relation %2 refers to %3, which is not an annotation here</source>
        <translation>السطر %1: تشير العلاقة %2 إلى %3، وليس تعليقًا هنا</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>السطر %1: %2</translation>
    </message>
    <message>
        <source>line %1: kept the relation %2 from %3 to %4, though its type allows %5 to %6</source>
        <translation>السطر %1: أُبقيت العلاقة %2 من %3 إلى %4، مع أن نوعها يسمح بـ%5 إلى %6</translation>
    </message>
    <message>
        <source>line %1: the event's trigger %2 is not an annotation here</source>
        <translation>السطر %1: مُطلِق الحدث %2 ليس تعليقًا هنا</translation>
    </message>
    <message>
        <source>line %1: the event's argument %2 is neither an annotation nor an event here</source>
        <translation>السطر %1: معامل الحدث %2 ليس تعليقًا ولا حدثًا هنا</translation>
    </message>
    <message>
        <source>annotation %1 («%2»): its article (%3) is not in this library</source>
        <translation>التعليق %1 («%2»): مقالته (%3) ليست في هذه المكتبة</translation>
    </message>
    <message>
        <source>annotation %1 («%2»): %3</source>
        <translation>التعليق %1 («%2»): %3</translation>
    </message>
    <message>
        <source>line %1: the relation %2 links %3, which was not placed</source>
        <translation>السطر %1: تربط العلاقة %2 بـ%3، ولم يُعثر على موضعه</translation>
    </message>
    <message>
        <source>label %1=%2: its article (%3) is not in this library</source>
        <translation>التصنيف %1=%2: مقالته (%3) ليست في هذه المكتبة</translation>
    </message>
</context>
<context>
    <name>JsonArticleReader</name>
    <message>
        <source>a string holds \u0000 (NUL), which is not text.</source>
        <translation>في سلسلة نصية \u0000 (NUL)، وهو ليس نصاً.</translation>
    </message>
    <message>
        <source>a string holds a lone surrogate (\u%1), which is not text.</source>
        <translation>في سلسلة نصية بديل منفرد (\u%1)، وهو ليس نصاً.</translation>
    </message>
    <message>
        <source>record %1 is not valid UTF-8.</source>
        <translation>السجل %1 ليس UTF-8 سليماً.</translation>
    </message>
    <message>
        <source>record %1: %2</source>
        <translation>السجل %1: %2</translation>
    </message>
    <message>
        <source>record %1: malformed JSON (%2).</source>
        <translation>السجل %1: JSON غير سليم (%2).</translation>
    </message>
    <message>
        <source>record %1: expected an object with title and content.</source>
        <translation>السجل %1: كان المتوقع كائناً فيه عنوان ومحتوى.</translation>
    </message>
</context>
<context>
    <name>JsonRecordStream</name>
    <message>
        <source>the file cannot be read further (%1).</source>
        <translation>تتعذّر مواصلة قراءة الملف (%1).</translation>
    </message>
    <message>
        <source>expected a JSON array of articles.</source>
        <translation>كان المتوقع مصفوفة JSON من المقالات.</translation>
    </message>
    <message>
        <source>record %1: expected an object with title and content.</source>
        <translation>السجل %1: كان المتوقع كائناً فيه عنوان ومحتوى.</translation>
    </message>
    <message>
        <source>record %1 is nested too deeply.</source>
        <translation>تداخل السجل %1 عميق جداً.</translation>
    </message>
    <message>
        <source>text after the end of the array.</source>
        <translation>نص بعد نهاية المصفوفة.</translation>
    </message>
    <message>
        <source>the JSON array is not closed.</source>
        <translation>مصفوفة JSON غير مغلقة.</translation>
    </message>
</context>
<context>
    <name>LabelClassifier</name>
    <message>
        <source>Cannot make a temporary folder to train the label classifier in.</source>
        <translation>تعذّر إنشاء مجلد مؤقت لتدريب مصنِّف التصنيفات فيه.</translation>
    </message>
    <message>
        <source>Cannot write the label classifier's training file: %1</source>
        <translation>تعذّرت كتابة ملف تدريب مصنِّف التصنيفات: %1</translation>
    </message>
    <message>
        <source>There are no labelled articles with text to learn from.</source>
        <translation>لا توجد مقالات مصنَّفة فيها نص يُتعلَّم منه.</translation>
    </message>
    <message>
        <source>fastText could not learn the labels: %1</source>
        <translation>تعذّر على fastText تعلّم التصنيفات: %1</translation>
    </message>
    <message>
        <source>Cannot read the label classifier fastText saved: %1</source>
        <translation>تعذّرت قراءة مصنِّف التصنيفات الذي حفظه fastText: %1</translation>
    </message>
    <message>
        <source>The stored label classifier is damaged.</source>
        <translation>مصنِّف التصنيفات المحفوظ تالف.</translation>
    </message>
    <message>
        <source>The stored label classifier was made by another version of Hamish.</source>
        <translation>مصنِّف التصنيفات المحفوظ صنعه إصدار آخر من هامش.</translation>
    </message>
    <message>
        <source>The stored label classifier is damaged: %1</source>
        <translation>مصنِّف التصنيفات المحفوظ تالف: %1</translation>
    </message>
</context>
<context>
    <name>LabelRecommender</name>
    <message>
        <source>The stored label model is damaged.</source>
        <translation>نموذج التصنيفات المحفوظ تالف.</translation>
    </message>
    <message>
        <source>The stored label model was made by another version of Hamish.</source>
        <translation>نموذج التصنيفات المحفوظ صنعه إصدار آخر من هامش.</translation>
    </message>
    <message>
        <source>Training was cancelled.</source>
        <translation>أُلغي التدريب.</translation>
    </message>
    <message>
        <source>Too few labelled articles to learn from: a label set needs labels on at least %1 articles.</source>
        <translation>المقالات المصنَّفة أقل من أن يُتعلَّم منها: تحتاج مجموعة التصنيفات إلى تصنيفات على %1 مقالات على الأقل.</translation>
    </message>
    <message>
        <source>No label model has been trained yet.</source>
        <translation>لم يُدرَّب نموذج للتصنيفات بعد.</translation>
    </message>
    <message>
        <source>The stored label model was made by another version of Hamish; train it again.</source>
        <translation>نموذج التصنيفات المحفوظ صنعه إصدار آخر من هامش؛ درّبه من جديد.</translation>
    </message>
    <message>
        <source>%1 Train it again.</source>
        <translation>%1 درّبه من جديد.</translation>
    </message>
</context>
<context>
    <name>LayerMerge</name>
    <message>
        <source>Merging what annotators agree on needs two layers besides %1's.</source>
        <translation>يحتاج دمج ما يتفق عليه المُعلِّمون إلى طبقتين غير طبقة %1.</translation>
    </message>
    <message>
        <source>A layer cannot be merged into itself.</source>
        <translation>لا تُدمج طبقة في نفسها.</translation>
    </message>
    <message>
        <source>The layer to merge into needs an annotator's name.</source>
        <translation>تحتاج الطبقة التي يُدمج فيها إلى اسم مُعلِّم.</translation>
    </message>
</context>
<context>
    <name>LibraryBackup</name>
    <message>
        <source>there is a file here already; a backup never replaces one.</source>
        <translation>يوجد ملف هنا؛ النسخة الاحتياطية لا تحلّ محل ملف أبداً.</translation>
    </message>
    <message>
        <source>the folder %1 does not exist.</source>
        <translation>المجلد %1 غير موجود.</translation>
    </message>
    <message>
        <source>cannot write here (%1).</source>
        <translation>تتعذّر الكتابة هنا (%1).</translation>
    </message>
    <message>
        <source>the backup cannot start (%1).</source>
        <translation>يتعذّر بدء النسخ الاحتياطي (%1).</translation>
    </message>
    <message>
        <source>cancelled.</source>
        <translation>أُلغي.</translation>
    </message>
    <message>
        <source>the backup failed (%1).</source>
        <translation>فشل النسخ الاحتياطي (%1).</translation>
    </message>
    <message>
        <source>the copy does not check out (%1).</source>
        <translation>النسخة لم تجتز الفحص (%1).</translation>
    </message>
    <message>
        <source>the copy could not be put in place (a file appeared there meanwhile).</source>
        <translation>تعذّر وضع النسخة في مكانها (ظهر ملف هناك في الأثناء).</translation>
    </message>
</context>
<context>
    <name>LocalChanges</name>
    <message>
        <source>The library has no %1 %2 to push.</source>
        <translation>ليس في المكتبة %1 %2 لدفعه إلى الخادم.</translation>
    </message>
</context>
<context>
    <name>MentionSearch</name>
    <message>
        <source>There is no name to look for.</source>
        <translation>لا يوجد اسم للبحث عنه.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>أُلغي.</translation>
    </message>
</context>
<context>
    <name>NerModel</name>
    <message>
        <source>There are no entity tags to learn from.</source>
        <translation>لا وسوم كيانات يُتعلَّم منها.</translation>
    </message>
    <message>
        <source>Training was cancelled.</source>
        <translation>أُلغي التدريب.</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>فشل التدريب: %1</translation>
    </message>
    <message>
        <source>The stored model is damaged (it does not uncompress).</source>
        <translation>النموذج المحفوظ تالف (لا يُفك ضغطه).</translation>
    </message>
    <message>
        <source>The stored model is not a Hamish entity model.</source>
        <translation>النموذج المحفوظ ليس نموذج كيانات من هامش.</translation>
    </message>
    <message>
        <source>The stored model was made by another version (format %1, this build reads %2).</source>
        <translation>صنع النموذجَ المحفوظ إصدارٌ آخر (الصيغة %1، وهذا الإصدار يقرأ %2).</translation>
    </message>
    <message>
        <source>The stored model is damaged (it ends early).</source>
        <translation>النموذج المحفوظ تالف (ينتهي قبل أوانه).</translation>
    </message>
    <message>
        <source>The stored model is damaged (it has %1 segmenters for %2 types).</source>
        <translation>النموذج المحفوظ تالف (فيه %1 مقسِّمات لـ%2 أنواع).</translation>
    </message>
    <message>
        <source>The stored model is damaged: %1</source>
        <translation>النموذج المحفوظ تالف: %1</translation>
    </message>
    <message>
        <source>The stored model is damaged (its features disagree with its weights).</source>
        <translation>النموذج المحفوظ تالف (سماته لا توافق أوزانه).</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>Out of memory while connecting to the server.</source>
        <translation>نفدت الذاكرة أثناء الاتصال بالخادم.</translation>
    </message>
    <message>
        <source>Cannot connect to the team server: %1</source>
        <translation>تعذّر الاتصال بخادم الفريق: %1</translation>
    </message>
    <message>
        <source>The team server does not speak UTF-8: %1</source>
        <translation>خادم الفريق لا يتعامل بترميز UTF-8: %1</translation>
    </message>
    <message>
        <source>The team server refused a query: %1</source>
        <translation>رفض خادم الفريق استعلامًا: %1</translation>
    </message>
    <message>
        <source>The team server refused a statement: %1</source>
        <translation>رفض خادم الفريق أمرًا: %1</translation>
    </message>
    <message>
        <source>The team server refused a copy: %1</source>
        <translation>رفض خادم الفريق عملية نسخ: %1</translation>
    </message>
    <message>
        <source>The copy to the team server broke off: %1</source>
        <translation>انقطع النسخ إلى خادم الفريق: %1</translation>
    </message>
</context>
<context>
    <name>PulledChanges</name>
    <message>
        <source>this Hamish does not know that kind of object</source>
        <translation>لا يعرف هامش هذا النوع من الكائنات</translation>
    </message>
    <message>
        <source>its global id belongs to a %1</source>
        <translation>معرّفه العام يخصّ %1</translation>
    </message>
    <message>
        <source>The team server sent a bad %1 (%2): %3. Nothing from this sync was applied.</source>
        <translation>أرسل خادم الفريق %1 معيبًا (%2): %3. لم يُطبَّق شيء من هذه المزامنة.</translation>
    </message>
    <message>
        <source>its data is not a JSON object</source>
        <translation>بياناته ليست كائن JSON</translation>
    </message>
    <message>
        <source>it has no %1</source>
        <translation>ينقصه الحقل %1</translation>
    </message>
    <message>
        <source>its %1 is not a whole number</source>
        <translation>قيمة %1 فيه ليست عددًا صحيحًا</translation>
    </message>
    <message>
        <source>its %1 is not text</source>
        <translation>قيمة %1 فيه ليست نصًّا</translation>
    </message>
    <message>
        <source>its %1 refers to an unknown %2 (%3)</source>
        <translation>الحقل %1 فيه يشير إلى %2 مجهول (%3)</translation>
    </message>
    <message>
        <source>its %1 is longer than %2 characters</source>
        <translation>الحقل %1 فيه أطول من %2 حرف</translation>
    </message>
    <message>
        <source>it names %1 as its annotator but is in %2's layer</source>
        <translation>يذكر أن مُعلِّمه %1 لكنه في طبقة %2</translation>
    </message>
    <message>
        <source>its span %1–%2 is not inside its article's text (%3 characters)</source>
        <translation>مداه %1–%2 ليس داخل نص مقالته (%3 حرفًا)</translation>
    </message>
    <message>
        <source>its quote is not the text at %1–%2</source>
        <translation>اقتباسه لا يطابق النص في %1–%2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>&amp;Annotate</source>
        <translation>&amp;تعليق</translation>
    </message>
    <message>
        <source>&amp;Tag Selection As</source>
        <translation>&amp;وسم التحديد بـ</translation>
    </message>
    <message>
        <source>&amp;Highlight Selection</source>
        <translation>&amp;تظليل التحديد</translation>
    </message>
    <message>
        <source>Highlight &amp;Colour</source>
        <translation>&amp;لون التظليل</translation>
    </message>
    <message>
        <source>&amp;Note…</source>
        <translation>&amp;ملاحظة…</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>&amp;حذف التعليق</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Note on the &amp;Article…</source>
        <translation>ملاحظة على &amp;المقالة…</translation>
    </message>
    <message>
        <source>Tag A&amp;ll Occurrences…</source>
        <translation>وسم &amp;كل المواضع…</translation>
    </message>
    <message>
        <source>Accept &amp;All Suggestions</source>
        <translation>قبول &amp;جميع الاقتراحات</translation>
    </message>
    <message>
        <source>Snap to &amp;Whole Words</source>
        <translation>الالتقاط إلى &amp;كلمات كاملة</translation>
    </message>
    <message>
        <source>Keep &amp;Exact Characters</source>
        <translation>إبقاء المحارف &amp;بدقة</translation>
    </message>
    <message>
        <source>Leave &amp;Proclitics out of Entities (و ف ب ك ل ال)</source>
        <translation>إخراج &amp;السوابق من الكيانات (و ف ب ك ل ال)</translation>
    </message>
    <message>
        <source>Entity &amp;Types…</source>
        <translation>&amp;أنواع الكيانات…</translation>
    </message>
    <message>
        <source>&amp;Reading</source>
        <translation>&amp;القراءة</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>نص &amp;أكبر</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>نص &amp;أصغر</translation>
    </message>
    <message>
        <source>&amp;Font…</source>
        <translation>&amp;الخط…</translation>
    </message>
    <message>
        <source>Line &amp;Spacing</source>
        <translation>تباعد &amp;الأسطر</translation>
    </message>
    <message>
        <source>Column &amp;Width</source>
        <translation>&amp;عرض العمود</translation>
    </message>
    <message>
        <source>Narrow</source>
        <translation>ضيّق</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <source>Wide</source>
        <translation>واسع</translation>
    </message>
    <message>
        <source>Whole Pane</source>
        <translation>اللوحة كلها</translation>
    </message>
    <message>
        <source>&amp;Dark Page</source>
        <translation>صفحة &amp;داكنة</translation>
    </message>
    <message>
        <source>Accept the Su&amp;ggestion</source>
        <translation>&amp;قبول الاقتراح</translation>
    </message>
    <message>
        <source>Re&amp;ject the Suggestion</source>
        <translation>&amp;رفض الاقتراح</translation>
    </message>
    <message>
        <source>&amp;Relation Types…</source>
        <translation>أنواع ال&amp;علاقات…</translation>
    </message>
    <message>
        <source>I&amp;mport Schema…</source>
        <translation>ا&amp;ستيراد مخطط…</translation>
    </message>
    <message>
        <source>E&amp;xport Schema…</source>
        <translation>ت&amp;صدير المخطط…</translation>
    </message>
    <message>
        <source>Find Da&amp;tes</source>
        <translation>العثور على ال&amp;تواريخ</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;نعم</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;لا</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>إعادة الضبط</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>مساعدة</translation>
    </message>
</context>
<context>
    <name>QuotePlacement</name>
    <message>
        <source>its position %1–%2 is past the end of the article (%3 code points) and it has no quote</source>
        <translation>موضعه %1–%2 بعد نهاية المقالة (%3 محرفًا) وليس له اقتباس</translation>
    </message>
    <message>
        <source>it has neither a position nor a quote to place it by</source>
        <translation>ليس له موضع ولا اقتباس يُحدَّد به مكانه</translation>
    </message>
    <message>
        <source>its position %1–%2 is past the end of the article (%3 code points), and the quote is not in it either</source>
        <translation>موضعه %1–%2 بعد نهاية المقالة (%3 محرفًا)، واقتباسه ليس فيها أيضًا</translation>
    </message>
    <message>
        <source>the quote is not in the article</source>
        <translation>الاقتباس ليس في المقالة</translation>
    </message>
    <message>
        <source>the quote occurs %1 times and neither its position nor its prefix and suffix tell which</source>
        <translation>يرد الاقتباس %1 مرات، ولا يحدد موضعه ولا ما قبله وما بعده أيّها المقصود</translation>
    </message>
</context>
<context>
    <name>SampleArticles</name>
    <message>
        <source>An example note: select text, press N, and write.</source>
        <translation>ملاحظة مثال: حدّد نصاً، واضغط N، واكتب.</translation>
    </message>
    <message>
        <source>A note on the whole article. Select text and press 1–9 to tag an entity, H to highlight, N for a note.</source>
        <translation>ملاحظة على المقالة كلها. حدّد نصاً واضغط 1–9 لوسم كيان، وH للتظليل، وN لملاحظة.</translation>
    </message>
</context>
<context>
    <name>SchemaFiles</name>
    <message>
        <source>Annotation schema (*.json)</source>
        <translation>مخطط التوسيم (*.json)</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a schema file: %2 (at byte %3).</source>
        <translation>ليس %1 ملف مخطط: %2 (عند البايت %3).</translation>
    </message>
    <message>
        <source>it holds no JSON object</source>
        <translation>لا يحوي كائن JSON</translation>
    </message>
    <message>
        <source>The library's schema already holds everything in this file.</source>
        <translation>مخطط المكتبة يحوي كل ما في هذا الملف.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>Schema written to %1.</source>
        <translation>كُتب المخطط في %1.</translation>
    </message>
    <message>
        <source>Import Schema</source>
        <translation>استيراد مخطط</translation>
    </message>
    <message>
        <source>Export Schema</source>
        <translation>تصدير المخطط</translation>
    </message>
    <message>
        <source>schema.json</source>
        <translation>schema.json</translation>
    </message>
</context>
<context>
    <name>SearchQuery</name>
    <message>
        <source>The query has an unmatched quotation mark.</source>
        <translation>في الاستعلام علامة تنصيص بلا نظير.</translation>
    </message>
    <message>
        <source>There is nothing to search for.</source>
        <translation>لا شيء للبحث عنه.</translation>
    </message>
    <message>
        <source>A search needs at least one word to find, not only words to exclude.</source>
        <translation>يحتاج البحث إلى كلمة واحدة على الأقل للعثور عليها، لا كلمات مستبعدة فقط.</translation>
    </message>
</context>
<context>
    <name>SearchService</name>
    <message>
        <source>The search failed: %1</source>
        <translation>فشل البحث: %1</translation>
    </message>
</context>
<context>
    <name>SplitRules</name>
    <message>
        <source>The splitter rules are not a JSON object: %1</source>
        <translation>قواعد التقسيم ليست كائن JSON: %1</translation>
    </message>
    <message>
        <source>The splitter rules hold an invalid pattern.</source>
        <translation>في قواعد التقسيم نمط غير صالح.</translation>
    </message>
</context>
<context>
    <name>SuggestionRule</name>
    <message>
        <source>%1 examples; %2 are needed</source>
        <translation>%1 من الأمثلة؛ والمطلوب %2</translation>
    </message>
    <message>
        <source>F1 %1 is below the threshold %2</source>
        <translation>قيمة F1 ‏%1 دون العتبة %2</translation>
    </message>
    <message>
        <source>not scored yet</source>
        <translation>لم يُقيَّم بعد</translation>
    </message>
</context>
<context>
    <name>TeamServer</name>
    <message>
        <source>The team project was made by a newer Hamish (schema %1; this one knows %2).</source>
        <translation>أُنشئ مشروع الفريق بإصدار أحدث من هامش (المخطط %1، وهذا الإصدار يعرف حتى %2).</translation>
    </message>
    <message>
        <source>Upgrading the team project to schema %1 failed: %2</source>
        <translation>فشلت ترقية مشروع الفريق إلى المخطط %1: %2</translation>
    </message>
    <message>
        <source>An annotator's name may not be empty or begin or end with a space.</source>
        <translation>لا يجوز أن يكون اسم المُعلِّم فارغًا أو أن يبدأ بمسافة أو ينتهي بها.</translation>
    </message>
    <message>
        <source>This database holds no team project; make one with hamish team init.</source>
        <translation>لا تحوي قاعدة البيانات هذه مشروع فريق؛ أنشئه بالأمر hamish team init.</translation>
    </message>
    <message>
        <source>The team project's settings are incomplete; run hamish team init again.</source>
        <translation>إعدادات مشروع الفريق ناقصة؛ شغّل hamish team init مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message>
        <source>This library is synced with another team project; a library belongs to one.</source>
        <translation>هذه المكتبة تُزامَن مع مشروع فريق آخر؛ فالمكتبة تتبع مشروعًا واحدًا.</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>Unknown encoding %1.</source>
        <translation>ترميز غير معروف %1.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>الملف فارغ.</translation>
    </message>
    <message>
        <source>The file ends in the middle of a UTF-8 character: it was cut short.</source>
        <translation>ينتهي الملف في منتصف محرف UTF-8: لقد بُتر.</translation>
    </message>
    <message>
        <source>This looks like binary data, not %1 text.</source>
        <translation>يبدو هذا بيانات ثنائية، لا نصًا بترميز %1.</translation>
    </message>
    <message>
        <source>The file holds no text, only white space.</source>
        <translation>الملف لا يحوي نصًا، بل فراغات فقط.</translation>
    </message>
    <message>
        <source>byte %1 is not valid %2.</source>
        <translation>البايت %1 ليس %2 سليماً.</translation>
    </message>
    <message>
        <source>The page declares %1, but its bytes are valid UTF-8; read as UTF-8.</source>
        <translation>تعلن الصفحة %1، لكن بايتاتها UTF-8 سليم؛ قُرئت بترميز UTF-8.</translation>
    </message>
    <message>
        <source>byte %1 is damaged UTF-8.</source>
        <translation>البايت %1 UTF-8 تالف.</translation>
    </message>
    <message>
        <source>The page declares %1, but its text reads as Arabic only in %2; read as %2.</source>
        <translation>تعلن الصفحة %1، لكن نصها لا يُقرأ عربياً إلا بترميز %2؛ قُرئت بترميز %2.</translation>
    </message>
    <message>
        <source>The page declares %1, but its bytes are not valid %1.</source>
        <translation>تعلن الصفحة %1، لكن بايتاتها ليست %1 سليماً.</translation>
    </message>
    <message>
        <source>The text is neither UTF-8 nor %1; choose its encoding by hand (--encoding).</source>
        <translation>النص ليس UTF-8 ولا %1؛ اختر ترميزه يدوياً (--encoding).</translation>
    </message>
    <message>
        <source>The text does not read as Arabic in any of %1 (best: %2, confidence %3 of 100); choose its encoding by hand (--encoding).</source>
        <translation>لا يُقرأ النص عربياً بأيٍّ من %1 (أفضلها: %2، الثقة %3 من 100)؛ اختر ترميزه يدوياً (--encoding).</translation>
    </message>
    <message>
        <source>a NUL byte: this is binary data, or UTF-16 without a byte-order mark (choose the encoding by hand).</source>
        <translation>بايت NUL: هذه بيانات ثنائية، أو UTF-16 بلا علامة ترتيب البايتات (اختر الترميز يدوياً).</translation>
    </message>
</context>
<context>
    <name>TypeMappingParser</name>
    <message>
        <source>'%1' is not a type mapping: write FROM=TO, such as PER=PERS.</source>
        <translation>'%1' ليس تحويلاً لنوع: اكتب FROM=TO، مثل PER=PERS.</translation>
    </message>
    <message>
        <source>'%1' is mapped twice.</source>
        <translation>'%1' محوَّل مرتين.</translation>
    </message>
</context>
<context>
    <name>hamish::AgreementView</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;حدّث</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>الاتفاق</translation>
    </message>
    <message>
        <source>Cohen's kappa of each pair of annotators</source>
        <translation>معامل كابا لكوهين لكل زوج من المُعلِّمين</translation>
    </message>
    <message>
        <source>The chosen pair's agreement per type</source>
        <translation>اتفاق الزوج المختار لكل نوع</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Spans A</source>
        <translation>مقاطع أ</translation>
    </message>
    <message>
        <source>Spans B</source>
        <translation>مقاطع ب</translation>
    </message>
    <message>
        <source>Exact F1</source>
        <translation>F1 المطابق</translation>
    </message>
    <message>
        <source>Overlap P</source>
        <translation>P بالتداخل</translation>
    </message>
    <message>
        <source>Overlap R</source>
        <translation>R بالتداخل</translation>
    </message>
    <message>
        <source>Overlap F1</source>
        <translation>F1 بالتداخل</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>احفظ بصيغة &amp;PNG…</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>احفظ بصيغة &amp;CSV…</translation>
    </message>
    <message>
        <source>Save the Agreement as PNG</source>
        <translation>حفظ الاتفاق بصيغة PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>صور PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>تعذّرت كتابة %1.</translation>
    </message>
    <message>
        <source>Save the Agreement as CSV</source>
        <translation>حفظ الاتفاق بصيغة CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Computing the agreement on a worker thread…</source>
        <translation>يُحسب الاتفاق في الخلفية…</translation>
    </message>
    <message>
        <source>Computing the agreement</source>
        <translation>حساب الاتفاق</translation>
    </message>
    <message>
        <source>κ %1 over %2 tokens of %3 articles; span F1 %4 exact, %5 by overlap</source>
        <translation>κ ‏%1 على %2 من الرموز في %3 من المقالات؛ F1 للمقاطع %4 مطابقةً و%5 بالتداخل</translation>
    </message>
    <message numerus="yes">
        <source>All %1: Krippendorff's α %2, Fleiss' κ %3 over %n article(s).</source>
        <translation>
            <numerusform>الجميع (%1): α لكريبندورف %2، وκ لفلايس %3 على لا مقالات.</numerusform>
            <numerusform>الجميع (%1): α لكريبندورف %2، وκ لفلايس %3 على مقالة واحدة.</numerusform>
            <numerusform>الجميع (%1): α لكريبندورف %2، وκ لفلايس %3 على مقالتين.</numerusform>
            <numerusform>الجميع (%1): α لكريبندورف %2، وκ لفلايس %3 على %n مقالات.</numerusform>
            <numerusform>الجميع (%1): α لكريبندورف %2، وκ لفلايس %3 على %n مقالة.</numerusform>
            <numerusform>الجميع (%1): α لكريبندورف %2، وκ لفلايس %3 على %n مقالة.</numerusform>
        </translation>
    </message>
    <message>
        <source>all types</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <source>%1 (A) and %2 (B)</source>
        <translation>%1 (أ) و%2 (ب)</translation>
    </message>
    <message>
        <source>κ at nesting level %1: %2</source>
        <translation>κ في مستوى التداخل %1: %2</translation>
    </message>
    <message>
        <source>κ of the label set %1: %2</source>
        <translation>κ لمجموعة التصنيفات %1: %2</translation>
    </message>
    <message>
        <source>%1 (A) and %2 (B).</source>
        <translation>%1 (أ) و%2 (ب).</translation>
    </message>
    <message>
        <source>Co&amp;mpare the Pair…</source>
        <translation>&amp;قارن بين الاثنين…</translation>
    </message>
    <message>
        <source>Cohen's κ over the tokens' IOB2 tags of the articles both annotators marked done. Click a cell for that pair's span F1 per type; double-click it to compare the two side by side.</source>
        <translation>معامل كوهين κ على وسوم IOB2 للكلمات في المقالات التي أنهاها المُعلِّمان كلاهما. انقر خانةً لترى F1 المقاطع لكل نوع لهذين الاثنين، وانقرها مرتين لتقارن بينهما جنبًا إلى جنب.</translation>
    </message>
</context>
<context>
    <name>hamish::AnnotationController</name>
    <message>
        <source>Those annotations are already there.</source>
        <translation>هذه التعليقات موجودة من قبل.</translation>
    </message>
    <message>
        <source>Tag all occurrences of %1</source>
        <translation>وسم كل مواضع %1</translation>
    </message>
    <message>
        <source>Select a name or put the caret on a tag first.</source>
        <translation>حدّد اسمًا أو ضع المؤشر على وسم أولًا.</translation>
    </message>
    <message>
        <source>Accept suggestion</source>
        <translation>قبول الاقتراح</translation>
    </message>
    <message>
        <source>Accept all suggestions</source>
        <translation>قبول جميع الاقتراحات</translation>
    </message>
    <message>
        <source>Select some text first.</source>
        <translation>حدّد بعض النص أولًا.</translation>
    </message>
    <message>
        <source>Tag as %1</source>
        <translation>وسم بـ %1</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>تظليل</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>تحرير الملاحظة</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>إضافة ملاحظة</translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation>حذف التعليق</translation>
    </message>
    <message>
        <source>A note on the whole article</source>
        <translation>ملاحظة على المقالة كلها</translation>
    </message>
    <message>
        <source>Add article note</source>
        <translation>إضافة ملاحظة على المقالة</translation>
    </message>
    <message>
        <source>Edit article note</source>
        <translation>تحرير ملاحظة المقالة</translation>
    </message>
    <message>
        <source>Delete article note</source>
        <translation>حذف ملاحظة المقالة</translation>
    </message>
    <message>
        <source>Tag as</source>
        <translation>وسم بـ</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>ملاحظة…</translation>
    </message>
    <message>
        <source>Tag All Occurrences…</source>
        <translation>وسم كل المواضع…</translation>
    </message>
    <message>
        <source>Accept Suggestion</source>
        <translation>قبول الاقتراح</translation>
    </message>
    <message>
        <source>Reject Suggestion</source>
        <translation>رفض الاقتراح</translation>
    </message>
    <message>
        <source>Delete Annotation</source>
        <translation>حذف التعليق</translation>
    </message>
    <message>
        <source>Set attributes</source>
        <translation>تعيين الخصائص</translation>
    </message>
    <message>
        <source>Attributes…</source>
        <translation>الخصائص…</translation>
    </message>
    <message>
        <source>There is no DATE entity type to propose dates as.</source>
        <translation>لا يوجد نوع كيان DATE لاقتراح التواريخ به.</translation>
    </message>
</context>
<context>
    <name>hamish::AnnotationListModel</name>
    <message>
        <source>Highlight (%1)</source>
        <translation>تظليل (%1)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>الاقتباس</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>آخر تعديل</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>الخصائص</translation>
    </message>
</context>
<context>
    <name>hamish::AnnotationPanel</name>
    <message>
        <source>Show annotations of kind</source>
        <translation>عرض التعليقات من نوع</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <source>Article notes</source>
        <translation>ملاحظات المقالة</translation>
    </message>
    <message>
        <source>Edit Note…</source>
        <translation>تعديل الملاحظة…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تحرير…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Notes on the article</source>
        <translation>ملاحظات على المقالة</translation>
    </message>
    <message>
        <source>All annotations</source>
        <translation>كل التعليقات</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>التظليلات</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>No annotation yet. Select text in the article, then press 1–9 to tag an entity type, H to highlight or N to write a note.</source>
        <translation>لا تعليقات بعد. حدّد نصاً في المقالة، ثم اضغط 1–9 لوسمه بنوع كيان، أو H لتظليله، أو N لكتابة ملاحظة.</translation>
    </message>
    <message>
        <source>Attributes…</source>
        <translation>الخصائص…</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>العلاقات</translation>
    </message>
</context>
<context>
    <name>hamish::AnnotationService</name>
    <message>
        <source>The span %1–%2 is outside article %3, which has %4 UTF-16 units.</source>
        <translation>المقطع %1–%2 خارج المقالة %3، وطولها %4 وحدة UTF-16.</translation>
    </message>
    <message>
        <source>The span %1–%2 splits a character from its marks or an emoji.</source>
        <translation>المقطع %1–%2 يفصل محرفًا عن علاماته أو يقسم رمزًا تعبيريًا.</translation>
    </message>
    <message>
        <source>There is no entity type %1.</source>
        <translation>لا يوجد نوع كيان %1.</translation>
    </message>
    <message>
        <source>Unknown highlight colour '%1'; use one of %2.</source>
        <translation>لون تظليل غير معروف '%1'؛ استعمل واحدًا من %2.</translation>
    </message>
    <message>
        <source>A note needs some text.</source>
        <translation>تحتاج الملاحظة إلى بعض النص.</translation>
    </message>
    <message>
        <source>An identical annotation already exists.</source>
        <translation>يوجد تعليق مطابق من قبل.</translation>
    </message>
    <message>
        <source>'%1' cannot be a type code: use Latin letters, digits, - and _.</source>
        <translation>لا يصلح '%1' رمزًا للنوع: استعمل حروفًا لاتينية وأرقامًا و- و_.</translation>
    </message>
    <message>
        <source>The type %1 cannot be added: %2</source>
        <translation>تتعذّر إضافة النوع %1: %2</translation>
    </message>
    <message>
        <source>The type cannot be removed while annotations use it (%1).</source>
        <translation>لا يمكن إزالة النوع ما دامت تعليقات تستعمله (%1).</translation>
    </message>
    <message>
        <source>Only entity tags carry attributes; annotation %1 is not one.</source>
        <translation>لا تحمل السمات إلا وسوم الكيانات؛ والتعليق %1 ليس منها.</translation>
    </message>
    <message>
        <source>The type %1 has no attribute '%2'.</source>
        <translation>ليس للنوع %1 سمة «%2».</translation>
    </message>
    <message>
        <source>The attribute %1 takes true or false.</source>
        <translation>تأخذ السمة %1 القيمة true أو false.</translation>
    </message>
    <message>
        <source>The attribute %1 takes one of: %2.</source>
        <translation>تأخذ السمة %1 واحدة من: %2.</translation>
    </message>
    <message>
        <source>The attribute %1 needs some text.</source>
        <translation>تحتاج السمة %1 إلى نص.</translation>
    </message>
    <message>
        <source>Annotation %1 has no value for '%2'.</source>
        <translation>ليس للتعليق %1 قيمة لـ«%2».</translation>
    </message>
    <message>
        <source>A date's value is a day, month, year or ISO week, or a range of them: 2015-07-23, 2015-07, 2015, 2015-W30, 2015-07-20/2015-07-26.</source>
        <translation>قيمة التاريخ يوم أو شهر أو سنة أو أسبوع ISO، أو مدى منها: 2015-07-23، 2015-07، 2015، 2015-W30، 2015-07-20/2015-07-26.</translation>
    </message>
</context>
<context>
    <name>hamish::AnnotatorsController</name>
    <message>
        <source>Mark &amp;Done</source>
        <translation>علّمها &amp;منتهية</translation>
    </message>
    <message>
        <source>You have finished annotating this article</source>
        <translation>أنهيتَ التعليق على هذه المقالة</translation>
    </message>
    <message>
        <source>&amp;Agreement…</source>
        <translation>الا&amp;تفاق…</translation>
    </message>
    <message>
        <source>&amp;Compare Annotators…</source>
        <translation>ال&amp;مقارنة بين المُعلِّمين…</translation>
    </message>
    <message>
        <source>C&amp;uration Progress</source>
        <translation>تقدُّم ال&amp;تنسيق</translation>
    </message>
    <message>
        <source>La&amp;yers</source>
        <translation>ال&amp;طبقات</translation>
    </message>
    <message>
        <source>&amp;All Layers</source>
        <translation>&amp;كل الطبقات</translation>
    </message>
    <message>
        <source>Mark the article done</source>
        <translation>تعليم المقالة منتهية</translation>
    </message>
    <message>
        <source>Mark the article not done</source>
        <translation>تعليم المقالة غير منتهية</translation>
    </message>
    <message>
        <source>%1 has finished this article: agreement counts it.</source>
        <translation>أنهى %1 هذه المقالة: يحسبها الاتفاق.</translation>
    </message>
    <message>
        <source>%1 is working on this article again.</source>
        <translation>يعمل %1 على هذه المقالة من جديد.</translation>
    </message>
</context>
<context>
    <name>hamish::ArticlePropertiesDialog</name>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>الرابط</translation>
    </message>
    <message>
        <source>Article Properties</source>
        <translation>خصائص المقالة</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>ال&amp;كاتب:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>ال&amp;مصدر:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>ال&amp;تاريخ:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>ال&amp;رابط:</translation>
    </message>
    <message>
        <source>Characters:</source>
        <translation>المحارف:</translation>
    </message>
    <message>
        <source>Annotations:</source>
        <translation>التعليقات:</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>استُورد:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>من:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>الترميز:</translation>
    </message>
</context>
<context>
    <name>hamish::ArticleService</name>
    <message>
        <source>No article was given.</source>
        <translation>لم تُعطَ أي مقالة.</translation>
    </message>
    <message>
        <source>There is no article %1; nothing was changed.</source>
        <translation>لا توجد مقالة %1؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Article %1 is not in the Trash; nothing was changed.</source>
        <translation>المقالة %1 ليست في سلة المهملات؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Article %1 is in the Trash already; nothing was changed.</source>
        <translation>المقالة %1 في سلة المهملات أصلاً؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>An article needs a title with a letter or digit.</source>
        <translation>تحتاج المقالة إلى عنوان فيه حرف أو رقم.</translation>
    </message>
</context>
<context>
    <name>hamish::AttributeDialog</name>
    <message>
        <source>Attributes</source>
        <translation>الخصائص</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(غير معيّنة)</translation>
    </message>
    <message>
        <source>This entity type declares no attributes. Add them with a schema file (Annotate ▸ Import Schema…).</source>
        <translation>لا يعلن نوع الكيان هذا أي خصائص. أضفها بملف مخطط (تعليق ◂ استيراد مخطط…).</translation>
    </message>
</context>
<context>
    <name>hamish::ChartWidget</name>
    <message>
        <source>No annotations yet</source>
        <translation>لا تعليقات بعد</translation>
    </message>
</context>
<context>
    <name>hamish::CollectionService</name>
    <message>
        <source>There is no collection named «%1».</source>
        <translation>لا توجد مجموعة باسم «%1».</translation>
    </message>
    <message>
        <source>There is no collection %1.</source>
        <translation>لا توجد مجموعة %1.</translation>
    </message>
    <message>
        <source>A collection needs a name.</source>
        <translation>تحتاج المجموعة إلى اسم.</translation>
    </message>
    <message>
        <source>There is a collection named «%1» already.</source>
        <translation>توجد مجموعة باسم «%1» أصلاً.</translation>
    </message>
    <message>
        <source>No article was given.</source>
        <translation>لم تُعطَ أي مقالة.</translation>
    </message>
    <message>
        <source>There is no article %1; nothing was changed.</source>
        <translation>لا توجد مقالة %1؛ لم يتغير شيء.</translation>
    </message>
</context>
<context>
    <name>hamish::ComparisonView</name>
    <message>
        <source>Compare Annotators</source>
        <translation>المقارنة بين المُعلِّمين</translation>
    </message>
    <message>
        <source>First annotator</source>
        <translation>المُعلِّم الأول</translation>
    </message>
    <message>
        <source>Second annotator</source>
        <translation>المُعلِّم الثاني</translation>
    </message>
    <message>
        <source>Article both worked on</source>
        <translation>مقالة عمل عليها كلاهما</translation>
    </message>
    <message>
        <source>Gold layer</source>
        <translation>الطبقة المرجعية</translation>
    </message>
    <message>
        <source>First:</source>
        <translation>الأول:</translation>
    </message>
    <message>
        <source>Second:</source>
        <translation>الثاني:</translation>
    </message>
    <message>
        <source>Article:</source>
        <translation>المقالة:</translation>
    </message>
    <message>
        <source>Gold layer:</source>
        <translation>الطبقة المرجعية:</translation>
    </message>
    <message>
        <source>agree</source>
        <translation>متفقان</translation>
    </message>
    <message>
        <source>same span, other type</source>
        <translation>المقطع نفسه بنوع آخر</translation>
    </message>
    <message>
        <source>other boundaries</source>
        <translation>حدود مختلفة</translation>
    </message>
    <message>
        <source>only one made it</source>
        <translation>عند أحدهما فقط</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Take First's</source>
        <translation>خذ ما عند الأول</translation>
    </message>
    <message>
        <source>Take Second's</source>
        <translation>خذ ما عند الثاني</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>حرِّر…</translation>
    </message>
    <message>
        <source>Reject Both</source>
        <translation>ارفض كليهما</translation>
    </message>
    <message>
        <source>Accept Agreed Here</source>
        <translation>اقبل المتفق عليه هنا</translation>
    </message>
    <message>
        <source>Accept Agreed in the Library</source>
        <translation>اقبل المتفق عليه في المكتبة كلها</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>أعد</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>تجري المقارنة…</translation>
    </message>
    <message>
        <source>These two have no article in common.</source>
        <translation>لا يشترك هذان في أي مقالة.</translation>
    </message>
    <message>
        <source>First: %1</source>
        <translation>الأول: %1</translation>
    </message>
    <message>
        <source>Second: %1</source>
        <translation>الثاني: %1</translation>
    </message>
    <message>
        <source>%1 of %2 disagreements resolved in this article</source>
        <translation>حُسم %1 من %2 من الخلافات في هذه المقالة</translation>
    </message>
    <message>
        <source>No disagreements: the two layers agree on this article.</source>
        <translation>لا خلافات: الطبقتان متفقتان في هذه المقالة.</translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>مقاطع</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>علاقات</translation>
    </message>
    <message>
        <source>Document labels</source>
        <translation>تصنيفات المقالة</translation>
    </message>
    <message>
        <source>Disagreement %1 of %2 (%3, %4)
%5: %6
%7: %8</source>
        <translation>الخلاف %1 من %2 (%3، %4)
%5: %6
%7: %8</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>محسوم</translation>
    </message>
    <message>
        <source>open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>The gold layer cannot be one of the two layers compared.</source>
        <translation>لا يمكن أن تكون الطبقة المرجعية إحدى الطبقتين المقارنتين.</translation>
    </message>
</context>
<context>
    <name>hamish::CurationController</name>
    <message>
        <source>Take %1's Side</source>
        <translation>الأخذ بما عند %1</translation>
    </message>
    <message>
        <source>Decide a Disagreement</source>
        <translation>حسم خلاف</translation>
    </message>
    <message>
        <source>Reject Both Sides</source>
        <translation>رفض الجانبين</translation>
    </message>
    <message>
        <source>Accept What All Agree On</source>
        <translation>قبول ما اتفق عليه الجميع</translation>
    </message>
    <message>
        <source>Counting the disagreements left to curate</source>
        <translation>عدّ الخلافات الباقية للتنسيق</translation>
    </message>
</context>
<context>
    <name>hamish::EntityPanel</name>
    <message>
        <source>Entity</source>
        <translation>الكيان</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>الإشارات</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>الصيغ</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>الكيانات</translation>
    </message>
    <message>
        <source>Mentions of the entity</source>
        <translation>إشارات الكيان</translation>
    </message>
    <message>
        <source>Suggestions in this article</source>
        <translation>اقتراحات في هذه المقالة</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>إعادة تسمية…</translation>
    </message>
    <message>
        <source>Type…</source>
        <translation>النوع…</translation>
    </message>
    <message>
        <source>Variants…</source>
        <translation>الصيغ…</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>دمج</translation>
    </message>
    <message>
        <source>Merge the selected entities into the current one</source>
        <translation>دمج الكيانات المحدّدة في الكيان الحالي</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>قبول</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>رفض</translation>
    </message>
    <message>
        <source>Accept All</source>
        <translation>قبول الكل</translation>
    </message>
    <message>
        <source>Reject All</source>
        <translation>رفض الكل</translation>
    </message>
    <message>
        <source>Rename Entity</source>
        <translation>إعادة تسمية الكيان</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>Entity Type</source>
        <translation>نوع الكيان</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>النوع:</translation>
    </message>
    <message>
        <source>Other spellings, one per line:</source>
        <translation>كتابات أخرى، واحدة في كل سطر:</translation>
    </message>
    <message>
        <source>Merge Entities</source>
        <translation>دمج الكيانات</translation>
    </message>
</context>
<context>
    <name>hamish::EntityRegistry</name>
    <message>
        <source>An entity needs a name.</source>
        <translation>يحتاج الكيان إلى اسم.</translation>
    </message>
</context>
<context>
    <name>hamish::EntityTypesDialog</name>
    <message>
        <source>Entity Types</source>
        <translation>أنواع الكيانات</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Arabic name</source>
        <translation>الاسم العربي</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>الاسم الإنجليزي</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>اللون</translation>
    </message>
    <message>
        <source>Entity types</source>
        <translation>أنواع الكيانات</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;إضافة…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;تحريك لأعلى</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>تحريك &amp;لأسفل</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;اللون…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;إزالة</translation>
    </message>
    <message>
        <source>New Entity Type</source>
        <translation>نوع كيان جديد</translation>
    </message>
    <message>
        <source>Code (for example PRODUCT):</source>
        <translation>الرمز (مثلًا PRODUCT):</translation>
    </message>
</context>
<context>
    <name>hamish::ExportDialog</name>
    <message>
        <source>This &amp;article</source>
        <translation>هذه &amp;المقالة</translation>
    </message>
    <message numerus="yes">
        <source>The %n &amp;selected article(s)</source>
        <translation>
            <numerusform>لا مقالات &amp;محدّدة</numerusform>
            <numerusform>المقالة &amp;المحدّدة</numerusform>
            <numerusform>المقالتان &amp;المحدّدتان</numerusform>
            <numerusform>المقالات الـ%n &amp;المحدّدة</numerusform>
            <numerusform>المقالات الـ%n &amp;المحدّدة</numerusform>
            <numerusform>المقالات الـ%n &amp;المحدّدة</numerusform>
        </translation>
    </message>
    <message>
        <source>The whole &amp;library</source>
        <translation>&amp;المكتبة كلها</translation>
    </message>
    <message>
        <source>Export Annotations</source>
        <translation>تصدير التعليقات</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>الوجهة</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;استعراض…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;الصيغة:</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>التصدير:</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;الوجهة:</translation>
    </message>
    <message>
        <source>CoNLL &amp;scheme:</source>
        <translation>&amp;مخطط CoNLL:</translation>
    </message>
    <message>
        <source>Type &amp;names:</source>
        <translation>&amp;أسماء الأنواع:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;تصدير</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>التصدير إلى مجلد</translation>
    </message>
    <message>
        <source>Export to file</source>
        <translation>التصدير إلى ملف</translation>
    </message>
    <message>
        <source>offsets in code points</source>
        <translation>المواضع بنقاط الترميز</translation>
    </message>
    <message>
        <source>a folder, offsets in code points</source>
        <translation>مجلد، والمواضع بنقاط الترميز</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>كلمات</translation>
    </message>
    <message>
        <source>for spreadsheets, offsets in code points</source>
        <translation>لجداول البيانات، والمواضع بنقاط الترميز</translation>
    </message>
    <message>
        <source>a report</source>
        <translation>تقرير</translation>
    </message>
    <message>
        <source>A &amp;collection:</source>
        <translation>م&amp;جموعة:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>CoNLL scheme</source>
        <translation>مخطط CoNLL</translation>
    </message>
    <message>
        <source>Type names</source>
        <translation>أسماء الأنواع</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>المجموعة</translation>
    </message>
</context>
<context>
    <name>hamish::FindBar</name>
    <message>
        <source>Find in article</source>
        <translation>البحث في المقالة</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>المطابقة السابقة (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>المطابقة التالية (Enter)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>إغلاق (Esc)</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>لا مطابقة</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
</context>
<context>
    <name>hamish::FormatsController</name>
    <message>
        <source>Export Annotations</source>
        <translation>تصدير التعليقات</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>كُتب في %1</translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation>استيراد التعليقات</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>الصيغة:</translation>
    </message>
    <message>
        <source>Annotation files (*.ann *.conll *.txt *.json *.jsonld *.jsonl);;All files (*)</source>
        <translation>ملفات التعليقات (*.ann *.conll *.txt *.json *.jsonld *.jsonl);;كل الملفات (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) added.</source>
        <translation>
            <numerusform>لم يُضف أي تعليق.</numerusform>
            <numerusform>أُضيف تعليق واحد.</numerusform>
            <numerusform>أُضيف تعليقان.</numerusform>
            <numerusform>أُضيفت %n تعليقات.</numerusform>
            <numerusform>أُضيف %n تعليقًا.</numerusform>
            <numerusform>أُضيف %n تعليق.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 %3 not imported (not modelled)</source>
        <translation>%1: %2 %3 لم تُستورد (غير ممثَّلة)</translation>
    </message>
    <message>
        <source>Exporting annotations</source>
        <translation>تصدير التعليقات</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>أُلغي التصدير؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>Importing annotations</source>
        <translation>استيراد التعليقات</translation>
    </message>
    <message>
        <source>The import was cancelled; the library is as it was.</source>
        <translation>أُلغي الاستيراد؛ المكتبة كما كانت.</translation>
    </message>
    <message>
        <source>This format cannot hold everything; %1.</source>
        <translation>لا تتسع هذه الصيغة لكل شيء؛ %1.</translation>
    </message>
    <message>
        <source>Import the refused files again, reading their malformed tags as O?</source>
        <translation>أتعيد استيراد الملفات المرفوضة مع قراءة وسومها المشوّهة O؟</translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s) added.</source>
        <translation>
            <numerusform>لم تُضف علاقات.</numerusform>
            <numerusform>أُضيفت علاقة واحدة.</numerusform>
            <numerusform>أُضيفت علاقتان.</numerusform>
            <numerusform>أُضيفت %n علاقات.</numerusform>
            <numerusform>أُضيفت %n علاقة.</numerusform>
            <numerusform>أُضيفت %n علاقة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document label(s) set.</source>
        <translation>
            <numerusform>لم تُعيَّن تصنيفات.</numerusform>
            <numerusform>عُيِّن تصنيف واحد.</numerusform>
            <numerusform>عُيِّن تصنيفان.</numerusform>
            <numerusform>عُيِّنت %n تصنيفات.</numerusform>
            <numerusform>عُيِّن %n تصنيفًا.</numerusform>
            <numerusform>عُيِّن %n تصنيف.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hamish::ImportController</name>
    <message>
        <source>Import articles</source>
        <translation>استيراد مقالات</translation>
    </message>
    <message>
        <source>Articles (*.txt *.text *.html *.htm *.json *.jsonl *.ndjson);;All files (*)</source>
        <translation>المقالات (*.txt *.text *.html *.htm *.json *.jsonl *.ndjson);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Import a folder of articles</source>
        <translation>استيراد مجلد مقالات</translation>
    </message>
    <message>
        <source>There is nothing to import here.</source>
        <translation>لا شيء للاستيراد هنا.</translation>
    </message>
    <message numerus="yes">
        <source>%n new article(s).</source>
        <translation>
            <numerusform>لا مقالات جديدة.</numerusform>
            <numerusform>مقالة جديدة واحدة.</numerusform>
            <numerusform>مقالتان جديدتان.</numerusform>
            <numerusform>%n مقالات جديدة.</numerusform>
            <numerusform>%n مقالة جديدة.</numerusform>
            <numerusform>%n مقالة جديدة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the library, not imported again.</source>
        <translation>
            <numerusform>لا شيء موجود من قبل في المكتبة.</numerusform>
            <numerusform>مقالة واحدة موجودة في المكتبة، لم تُستورد ثانية.</numerusform>
            <numerusform>مقالتان موجودتان في المكتبة، لم تُستوردا ثانية.</numerusform>
            <numerusform>%n مقالات موجودة في المكتبة، لم تُستورد ثانية.</numerusform>
            <numerusform>%n مقالة موجودة في المكتبة، لم تُستورد ثانية.</numerusform>
            <numerusform>%n مقالة موجودة في المكتبة، لم تُستورد ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some files need attention; files that failed changed nothing.</source>
        <translation>بعض الملفات تحتاج إلى انتباه؛ الملفات التي فشلت لم تغيّر شيئًا.</translation>
    </message>
    <message>
        <source>Importing articles</source>
        <translation>استيراد المقالات</translation>
    </message>
    <message>
        <source>The import was cancelled; the library is as it was.</source>
        <translation>أُلغي الاستيراد؛ المكتبة كما كانت.</translation>
    </message>
    <message numerus="yes">
        <source>%n new version(s) of articles in the library.</source>
        <translation><numerusform>لا نسخ جديدة من مقالات المكتبة.</numerusform><numerusform>نسخة جديدة من مقالة في المكتبة.</numerusform><numerusform>نسختان جديدتان من مقالات في المكتبة.</numerusform><numerusform>%n نسخ جديدة من مقالات في المكتبة.</numerusform><numerusform>%n نسخة جديدة من مقالات في المكتبة.</numerusform><numerusform>%n نسخة جديدة من مقالات في المكتبة.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) to review (View ▸ Review).</source>
        <translation><numerusform>لا تعليقات للمراجعة.</numerusform><numerusform>تعليق واحد للمراجعة (عرض ◂ مراجعة).</numerusform><numerusform>تعليقان للمراجعة (عرض ◂ مراجعة).</numerusform><numerusform>%n تعليقات للمراجعة (عرض ◂ مراجعة).</numerusform><numerusform>%n تعليقًا للمراجعة (عرض ◂ مراجعة).</numerusform><numerusform>%n تعليق للمراجعة (عرض ◂ مراجعة).</numerusform></translation>
    </message>
</context>
<context>
    <name>hamish::ImportDialog</name>
    <message>
        <source>Import each file as one article (do not split)</source>
        <translation>استيراد كل ملف مقالةً واحدة (بلا تقسيم)</translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>استيراد مقالات</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>الملفات المراد استيرادها</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>الكشف تلقائيًا</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>الترميز</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Related titles</source>
        <translation>عناوين ذات صلة</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>المحارف</translation>
    </message>
    <message>
        <source>Articles found</source>
        <translation>المقالات الموجودة</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;الترميز:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;استيراد</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>لا يمكن استيراد هذا الملف: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s), encoding %1 (confidence %2 of 100), format %3.</source>
        <translation>
            <numerusform>لا مقالات، الترميز %1 (الثقة %2 من 100)، الصيغة %3.</numerusform>
            <numerusform>مقالة واحدة، الترميز %1 (الثقة %2 من 100)، الصيغة %3.</numerusform>
            <numerusform>مقالتان، الترميز %1 (الثقة %2 من 100)، الصيغة %3.</numerusform>
            <numerusform>%n مقالات، الترميز %1 (الثقة %2 من 100)، الصيغة %3.</numerusform>
            <numerusform>%n مقالة، الترميز %1 (الثقة %2 من 100)، الصيغة %3.</numerusform>
            <numerusform>%n مقالة، الترميز %1 (الثقة %2 من 100)، الصيغة %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>قراءة %1…</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>قراءة الملف</translation>
    </message>
    <message numerus="yes">
        <source>The first %n are listed.</source>
        <translation>
            <numerusform>لا يُعرض شيء.</numerusform>
            <numerusform>تُعرض الأولى.</numerusform>
            <numerusform>تُعرض الاثنتان الأوليان.</numerusform>
            <numerusform>تُعرض أول %n مقالات.</numerusform>
            <numerusform>تُعرض أول %n مقالة.</numerusform>
            <numerusform>تُعرض أول %n مقالة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import as a new version of the open article «%1»</source>
        <translation>استيراد نسخةً جديدة من المقالة المفتوحة «%1»</translation>
    </message>
    <message>
        <source>The article keeps its id, its earlier texts and its annotations, which are carried to the new text; those that moved by their quote or found no place wait in the Review panel.</source>
        <translation>تحتفظ المقالة بمعرّفها ونصوصها السابقة وتعليقاتها، التي تُنقل إلى النص الجديد؛ وما نُقل منها بنصه المقتبس أو لم يجد مكانًا ينتظر في لوحة المراجعة.</translation>
    </message>
</context>
<context>
    <name>hamish::JobStatus</name>
    <message>
        <source>Progress</source>
        <translation>التقدّم</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel the running job</source>
        <translation>إلغاء العمل الجاري</translation>
    </message>
    <message>
        <source>Cancelling %1…</source>
        <translation>جارٍ إلغاء %1…</translation>
    </message>
</context>
<context>
    <name>hamish::LabelBar</name>
    <message>
        <source>Document labels</source>
        <translation>تصنيفات المقالة</translation>
    </message>
    <message>
        <source>Any number of these</source>
        <translation>أيٌّ منها أو أكثر</translation>
    </message>
    <message>
        <source>One of these</source>
        <translation>واحد منها فقط</translation>
    </message>
    <message>
        <source>Label the article %1</source>
        <translation>تصنيف المقالة: %1</translation>
    </message>
    <message>
        <source>Remove the label %1</source>
        <translation>إزالة التصنيف %1</translation>
    </message>
    <message>
        <source>&amp;Refuse This Suggestion</source>
        <translation>&amp;ارفض هذا الاقتراح</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 ٪)</translation>
    </message>
    <message>
        <source>%1: suggested by the label model, %2 % sure. Click to set it; the context menu refuses it.</source>
        <translation>%1: اقترحه نموذج التصنيفات بثقة %2 ٪. انقر لتعيينه، وارفضه من قائمة السياق.</translation>
    </message>
    <message>
        <source>%1 (suggested, %2 %)</source>
        <translation>%1 (مقترح، %2 ٪)</translation>
    </message>
</context>
<context>
    <name>hamish::LabelSuggester</name>
    <message>
        <source>Suggesting labels</source>
        <translation>اقتراح التصنيفات</translation>
    </message>
    <message>
        <source>Training the label model</source>
        <translation>تدريب نموذج التصنيفات</translation>
    </message>
    <message>
        <source>Training the label model on a worker thread…</source>
        <translation>يُدرَّب نموذج التصنيفات في الخلفية…</translation>
    </message>
    <message>
        <source>The label model was trained: F1 %1 in cross-validation.</source>
        <translation>دُرِّب نموذج التصنيفات: F1 ‏%1 في التحقق المتقاطع.</translation>
    </message>
</context>
<context>
    <name>hamish::LibraryController</name>
    <message>
        <source>&amp;Properties…</source>
        <translation>ال&amp;خصائص…</translation>
    </message>
    <message>
        <source>Mark as &amp;Read</source>
        <translation>تعليم كمق&amp;روءة</translation>
    </message>
    <message>
        <source>Mark as &amp;Unread</source>
        <translation>تعليم كغير م&amp;قروءة</translation>
    </message>
    <message>
        <source>&amp;Star</source>
        <translation>&amp;نجمة</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>نقل إلى &amp;سلة المهملات</translation>
    </message>
    <message>
        <source>Restore from T&amp;rash</source>
        <translation>است&amp;عادة من سلة المهملات</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>إ&amp;فراغ سلة المهملات…</translation>
    </message>
    <message>
        <source>&amp;New Collection…</source>
        <translation>مجموعة &amp;جديدة…</translation>
    </message>
    <message>
        <source>&amp;Back Up Library…</source>
        <translation>نسخ المكتبة ا&amp;حتياطياً…</translation>
    </message>
    <message>
        <source>A&amp;rticle</source>
        <translation>م&amp;قالة</translation>
    </message>
    <message>
        <source>Add to &amp;Collection</source>
        <translation>إضافة إلى م&amp;جموعة</translation>
    </message>
    <message numerus="yes">
        <source>Move %n article(s) to the Trash</source>
        <translation>
            <numerusform>نقل لا شيء إلى سلة المهملات</numerusform>
            <numerusform>نقل مقالة إلى سلة المهملات</numerusform>
            <numerusform>نقل مقالتين إلى سلة المهملات</numerusform>
            <numerusform>نقل %n مقالات إلى سلة المهملات</numerusform>
            <numerusform>نقل %n مقالة إلى سلة المهملات</numerusform>
            <numerusform>نقل %n مقالة إلى سلة المهملات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n article(s)</source>
        <translation>
            <numerusform>استعادة لا شيء</numerusform>
            <numerusform>استعادة مقالة</numerusform>
            <numerusform>استعادة مقالتين</numerusform>
            <numerusform>استعادة %n مقالات</numerusform>
            <numerusform>استعادة %n مقالة</numerusform>
            <numerusform>استعادة %n مقالة</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>إفراغ سلة المهملات</translation>
    </message>
    <message>
        <source>The Trash is empty.</source>
        <translation>سلة المهملات فارغة.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n article(s) for good?</source>
        <translation>
            <numerusform>حذف لا شيء نهائياً؟</numerusform>
            <numerusform>حذف مقالة نهائياً؟</numerusform>
            <numerusform>حذف مقالتين نهائياً؟</numerusform>
            <numerusform>حذف %n مقالات نهائياً؟</numerusform>
            <numerusform>حذف %n مقالة نهائياً؟</numerusform>
            <numerusform>حذف %n مقالة نهائياً؟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) on them go too. This cannot be undone.</source>
        <translation>
            <numerusform>لا تعليقات عليها. لا يمكن التراجع عن هذا.</numerusform>
            <numerusform>ويذهب معها تعليق واحد. لا يمكن التراجع عن هذا.</numerusform>
            <numerusform>ويذهب معها تعليقان. لا يمكن التراجع عن هذا.</numerusform>
            <numerusform>وتذهب معها %n تعليقات. لا يمكن التراجع عن هذا.</numerusform>
            <numerusform>ويذهب معها %n تعليقاً. لا يمكن التراجع عن هذا.</numerusform>
            <numerusform>ويذهب معها %n تعليق. لا يمكن التراجع عن هذا.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit article properties</source>
        <translation>تعديل خصائص المقالة</translation>
    </message>
    <message>
        <source>Add to «%1»</source>
        <translation>إضافة إلى «%1»</translation>
    </message>
    <message>
        <source>Remove from the collection</source>
        <translation>إزالة من المجموعة</translation>
    </message>
    <message>
        <source>New Collection</source>
        <translation>مجموعة جديدة</translation>
    </message>
    <message>
        <source>Name of the collection:</source>
        <translation>اسم المجموعة:</translation>
    </message>
    <message>
        <source>New collection «%1»</source>
        <translation>مجموعة جديدة «%1»</translation>
    </message>
    <message>
        <source>Rename Collection</source>
        <translation>إعادة تسمية المجموعة</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>الاسم الجديد:</translation>
    </message>
    <message>
        <source>Rename collection</source>
        <translation>إعادة تسمية المجموعة</translation>
    </message>
    <message>
        <source>Delete collection «%1»</source>
        <translation>حذف المجموعة «%1»</translation>
    </message>
    <message>
        <source>Back Up Library</source>
        <translation>نسخ المكتبة احتياطياً</translation>
    </message>
    <message>
        <source>Hamish libraries (*.hamish)</source>
        <translation>مكتبات هامش (*.hamish)</translation>
    </message>
    <message>
        <source>Backing up the library</source>
        <translation>نسخ المكتبة احتياطياً</translation>
    </message>
    <message>
        <source>The library was backed up to %1.</source>
        <translation>نُسخت المكتبة احتياطياً إلى %1.</translation>
    </message>
    <message>
        <source>New Collection…</source>
        <translation>مجموعة جديدة…</translation>
    </message>
    <message>
        <source>Remove from This Collection</source>
        <translation>إزالة من هذه المجموعة</translation>
    </message>
    <message>
        <source>&amp;Rename Collection…</source>
        <translation>إعادة ت&amp;سمية المجموعة…</translation>
    </message>
    <message>
        <source>&amp;Delete Collection</source>
        <translation>&amp;حذف المجموعة</translation>
    </message>
</context>
<context>
    <name>hamish::LibraryFilterBar</name>
    <message>
        <source>Published from</source>
        <translation>منشورة منذ</translation>
    </message>
    <message>
        <source>Published until</source>
        <translation>منشورة حتى</translation>
    </message>
    <message>
        <source>Filter articles</source>
        <translation>تصفية المقالات</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>غير المقروءة</translation>
    </message>
    <message>
        <source>Show only unread articles</source>
        <translation>إظهار المقالات غير المقروءة فقط</translation>
    </message>
    <message>
        <source>Show only starred articles</source>
        <translation>إظهار المقالات ذات النجمة فقط</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>كل المصادر</translation>
    </message>
    <message>
        <source>Document label</source>
        <translation>تصنيف المقالة</translation>
    </message>
    <message>
        <source>Any document label</source>
        <translation>أي تصنيف</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>تاريخ النشر</translation>
    </message>
    <message>
        <source>Mentioned</source>
        <translation>التواريخ المذكورة</translation>
    </message>
    <message>
        <source>The dates the range and the Date column are of</source>
        <translation>التواريخ التي يخصها المدى وعمود التاريخ</translation>
    </message>
    <message>
        <source>Published: the articles' dates. Mentioned: the dates their DATE tags name; the Date column then sorts by the earliest.</source>
        <translation>تاريخ النشر: تواريخ المقالات. التواريخ المذكورة: ما تسميه وسوم DATE فيها من تواريخ، ويُرتَّب عمود التاريخ حينئذ بأقدمها.</translation>
    </message>
</context>
<context>
    <name>hamish::LibraryModel</name>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>ذات نجمة</translation>
    </message>
    <message>
        <source>Not starred</source>
        <translation>بلا نجمة</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>التصنيفات</translation>
    </message>
    <message>
        <source>%1 of %2 disagreements resolved</source>
        <translation>حُسم %1 من %2 من الخلافات</translation>
    </message>
    <message>
        <source>Curation</source>
        <translation>التنسيق</translation>
    </message>
</context>
<context>
    <name>hamish::LibraryView</name>
    <message>
        <source>Articles</source>
        <translation>المقالات</translation>
    </message>
</context>
<context>
    <name>hamish::MainWindow</name>
    <message>
        <source>Hamish</source>
        <translation>هامش</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>البحث</translation>
    </message>
    <message>
        <source>The library is empty. Import articles with File ▸ Import, or drop files here.</source>
        <translation>المكتبة فارغة. استورد مقالات من ملف ◂ استيراد، أو أفلت الملفات هنا.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>&amp;استيراد ملفات…</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>استيراد &amp;مجلد…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Find in Article</source>
        <translation>&amp;بحث في المقالة</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>البحث عن &amp;التالي</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>البحث عن &amp;السابق</translation>
    </message>
    <message>
        <source>&amp;Search Library</source>
        <translation>البحث في &amp;المكتبة</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <source>&amp;About Hamish</source>
        <translation>&amp;عن هامش</translation>
    </message>
    <message>
        <source>About Hamish</source>
        <translation>عن هامش</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hamish %1&lt;/h3&gt;&lt;p&gt;A reader and annotator for Arabic news.&lt;/p&gt;&lt;p&gt;Library: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;هامش %1&lt;/h3&gt;&lt;p&gt;قارئ ومعلِّق للأخبار العربية.&lt;/p&gt;&lt;p&gt;المكتبة: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>الكيانات</translation>
    </message>
    <message>
        <source>Import &amp;Annotations…</source>
        <translation>استيراد &amp;التعليقات…</translation>
    </message>
    <message>
        <source>&amp;Export Annotations…</source>
        <translation>&amp;تصدير التعليقات…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;إعادة</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;التفضيلات…</translation>
    </message>
    <message>
        <source>&amp;Go To</source>
        <translation>&amp;الانتقال إلى</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;المكتبة</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>&amp;المقالة</translation>
    </message>
    <message>
        <source>A&amp;nnotations</source>
        <translation>&amp;التعليقات</translation>
    </message>
    <message>
        <source>&amp;Entities</source>
        <translation>ال&amp;كيانات</translation>
    </message>
    <message>
        <source>S&amp;tatistics…</source>
        <translation>&amp;الإحصاءات…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>اختصارات &amp;لوحة المفاتيح</translation>
    </message>
    <message>
        <source>The article is in the Trash. Undo (Ctrl+Z) or restore it from the Trash to read it again.</source>
        <translation>المقالة في سلة المهملات. تراجع (Ctrl+Z) أو استعدها من سلة المهملات لتقرأها من جديد.</translation>
    </message>
    <message>
        <source>To annotate, select text in an article, then press 1–9 to tag an entity type, H to highlight or N to write a note.</source>
        <translation>للتعليق، حدّد نصاً في مقالة، ثم اضغط 1–9 لوسمه بنوع كيان، أو H لتظليله، أو N لكتابة ملاحظة.</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>العلاقات</translation>
    </message>
    <message>
        <source>&amp;Relations</source>
        <translation>ال&amp;علاقات</translation>
    </message>
    <message>
        <source>Entity &amp;Network…</source>
        <translation>&amp;شبكة الكيانات…</translation>
    </message>
    <message>
        <source>&amp;Link to Another Entity…</source>
        <translation>&amp;ربط بكيان آخر…</translation>
    </message>
    <message>
        <source>Attri&amp;butes…</source>
        <translation>ال&amp;خصائص…</translation>
    </message>
    <message>
        <source>Document &amp;Labels…</source>
        <translation>&amp;تصنيفات المقالة…</translation>
    </message>
    <message>
        <source>Train the Entity &amp;Model</source>
        <translation>درّب &amp;نموذج الكيانات</translation>
    </message>
    <message>
        <source>The entity model is training already.</source>
        <translation>نموذج الكيانات قيد التدريب.</translation>
    </message>
    <message>
        <source>Re&amp;view Suggestions…</source>
        <translation>&amp;مراجعة الاقتراحات…</translation>
    </message>
    <message>
        <source>Train the &amp;Label Model</source>
        <translation>درّب نموذج الت&amp;صنيفات</translation>
    </message>
    <message>
        <source>The label model is training already.</source>
        <translation>نموذج التصنيفات قيد التدريب بالفعل.</translation>
    </message>
    <message>
        <source>Mo&amp;dels…</source>
        <translation>ال&amp;نماذج…</translation>
    </message>
    <message numerus="yes">
        <source>%n date expression(s) proposed as DATE tags: A accepts, R rejects.</source>
        <translation>
            <numerusform>لم يُقترح أي تعبير تاريخ وسمًا DATE</numerusform>
            <numerusform>اقتُرح تعبير تاريخ واحد وسمًا DATE: A يقبل، R يرفض.</numerusform>
            <numerusform>اقتُرح تعبيرا تاريخ وسمين DATE: A يقبل، R يرفض.</numerusform>
            <numerusform>اقتُرحت %n تعبيرات تاريخ وسومًا DATE: A يقبل، R يرفض.</numerusform>
            <numerusform>اقتُرح %n تعبيرًا للتاريخ وسومًا DATE: A يقبل، R يرفض.</numerusform>
            <numerusform>اقتُرح %n تعبير تاريخ وسومًا DATE: A يقبل، R يرفض.</numerusform>
        </translation>
    </message>
    <message>
        <source>No untagged date expressions in this article.</source>
        <translation>لا تعبيرات تاريخ غير موسومة في هذه المقالة.</translation>
    </message>
    <message>
        <source>This article has a new version; its annotations were carried to it.</source>
        <translation>لهذه المقالة نسخة جديدة، ونُقلت تعليقاتها إليها.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>مراجعة</translation>
    </message>
</context>
<context>
    <name>hamish::ModelDialog</name>
    <message>
        <source>&amp;Train Now</source>
        <translation>&amp;درّب الآن</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>الأمثلة</translation>
    </message>
    <message>
        <source>Precision %</source>
        <translation>الدقة ٪</translation>
    </message>
    <message>
        <source>Recall %</source>
        <translation>الاستدعاء ٪</translation>
    </message>
    <message>
        <source>F1 %</source>
        <translation>F1 ٪</translation>
    </message>
    <message>
        <source>Suggests</source>
        <translation>يقترح</translation>
    </message>
    <message>
        <source>Scores per type</source>
        <translation>النتائج لكل نوع</translation>
    </message>
    <message>
        <source>F1 a type needs before it suggests</source>
        <translation>قيمة F1 التي يحتاجها النوع ليقترح</translation>
    </message>
    <message>
        <source>Examples a type needs before it suggests</source>
        <translation>الأمثلة التي يحتاجها النوع ليقترح</translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>New tags that start a retraining</source>
        <translation>الوسوم الجديدة التي تبدأ إعادة التدريب</translation>
    </message>
    <message>
        <source>…and &amp;examples:</source>
        <translation>…ومن عدد ال&amp;أمثلة:</translation>
    </message>
    <message>
        <source>&amp;Retrain after this many new tags:</source>
        <translation>أعد التدريب &amp;بعد هذا العدد من الوسوم الجديدة:</translation>
    </message>
    <message>
        <source>Training now…</source>
        <translation>جارٍ التدريب…</translation>
    </message>
    <message>
        <source>No model yet. Tag entities (at least %1), then Train Now; the model learns from every tagged article up to its last tag.</source>
        <translation>لا نموذج بعد. وسِّم الكيانات (%1 على الأقل)، ثم «درّب الآن»؛ يتعلم النموذج من كل مقالة موسومة حتى آخر وسم فيها.</translation>
    </message>
    <message>
        <source>Trained %1 on %2 tokens in %3 sentences, in %4 s. Scores are from %5-fold cross-validation by %6; micro F1 %7 %.</source>
        <translation>دُرّب في %1 على %2 كلمة في %3 جملة، في %4 ث. النتائج من تحقق متقاطع بـ%5 طيات حسب %6؛ قيمة F1 الإجمالية %7 ٪.</translation>
    </message>
    <message>
        <source>article</source>
        <translation>المقالة</translation>
    </message>
    <message>
        <source>sentence</source>
        <translation>الجملة</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no: %1</source>
        <translation>لا: %1</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <source>Scores per label</source>
        <translation>النتائج لكل تصنيف</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>النماذج</translation>
    </message>
    <message>
        <source>&amp;Entities</source>
        <translation>ال&amp;كيانات</translation>
    </message>
    <message>
        <source>Document &amp;Labels</source>
        <translation>&amp;تصنيفات المقالة</translation>
    </message>
    <message>
        <source>A type or label suggests from &amp;F1:</source>
        <translation>يقترح النوع أو التصنيف ابتداءً من &amp;F1:</translation>
    </message>
    <message>
        <source>Trained %1 on %2 labelled articles (a fastText classifier per label set), in %3 s. Scores are from %4-fold cross-validation by article; micro F1 %5 %.</source>
        <translation>دُرِّب في %1 على %2 من المقالات المصنَّفة (مصنِّف fastText لكل مجموعة تصنيفات) في %3 ث. النتائج من تحقق متقاطع بـ%4 طيّات حسب المقالة؛ F1 الإجمالي %5 ٪.</translation>
    </message>
    <message>
        <source>No label model yet. Label articles (a label set needs labels on at least 5), then Train Now.</source>
        <translation>لا يوجد نموذج للتصنيفات بعد. صنّف المقالات (تحتاج مجموعة التصنيفات إلى تصنيفات على 5 مقالات على الأقل)، ثم اضغط «درّب الآن».</translation>
    </message>
</context>
<context>
    <name>hamish::NerModel</name>
    <message>
        <source>Training was cancelled.</source>
        <translation>أُلغي التدريب.</translation>
    </message>
</context>
<context>
    <name>hamish::NetworkScene</name>
    <message numerus="yes">
        <source>%1 (%2): %Ln mention(s)</source>
        <translation>
            <numerusform>%1 (%2): لا ذكر</numerusform>
            <numerusform>%1 (%2): ذكر واحد</numerusform>
            <numerusform>%1 (%2): ذكران</numerusform>
            <numerusform>%1 (%2): %Ln مرات ذكر</numerusform>
            <numerusform>%1 (%2): %Ln مرة ذكر</numerusform>
            <numerusform>%1 (%2): %Ln مرة ذكر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 — %3: %Ln relation(s)</source>
        <translation>
            <numerusform>%1 — %2 — %3: لا علاقة</numerusform>
            <numerusform>%1 — %2 — %3: علاقة واحدة</numerusform>
            <numerusform>%1 — %2 — %3: علاقتان</numerusform>
            <numerusform>%1 — %2 — %3: %Ln علاقات</numerusform>
            <numerusform>%1 — %2 — %3: %Ln علاقة</numerusform>
            <numerusform>%1 — %2 — %3: %Ln علاقة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hamish::NetworkView</name>
    <message>
        <source>Published from</source>
        <translation>منشورة منذ</translation>
    </message>
    <message>
        <source>Published until</source>
        <translation>منشورة حتى</translation>
    </message>
    <message>
        <source>Entity Network</source>
        <translation>شبكة الكيانات</translation>
    </message>
    <message>
        <source>Relation types</source>
        <translation>أنواع العلاقات</translation>
    </message>
    <message>
        <source>Relation types shown</source>
        <translation>أنواع العلاقات المعروضة</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>المقالات</translation>
    </message>
    <message>
        <source>At most </source>
        <translation>حتى </translation>
    </message>
    <message>
        <source> entities</source>
        <translation> كيان</translation>
    </message>
    <message>
        <source>How many of the most mentioned entities to show</source>
        <translation>كم كيانًا من الأكثر ذكرًا يُعرض</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>الشبكة</translation>
    </message>
    <message>
        <source>Evidence sentences</source>
        <translation>جمل الشواهد</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>تكبير (Ctrl++)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>تصغير (Ctrl+-)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>ملاءمة</translation>
    </message>
    <message>
        <source>Show the whole network (Ctrl+0)</source>
        <translation>اعرض الشبكة كلها (Ctrl+0)</translation>
    </message>
    <message>
        <source>Click an edge to see the sentences its relations were made in; double-click a sentence to open the article there.</source>
        <translation>انقر وصلة لترى الجمل التي قامت فيها علاقاتها، وانقر جملة مرتين لفتح المقالة عندها.</translation>
    </message>
    <message>
        <source>Save &amp;Picture…</source>
        <translation>حفظ ال&amp;صورة…</translation>
    </message>
    <message>
        <source>&amp;Export Graph…</source>
        <translation>ت&amp;صدير الشبكة…</translation>
    </message>
    <message>
        <source>PNG or SVG</source>
        <translation>PNG أو SVG</translation>
    </message>
    <message>
        <source>GraphML (yEd, Cytoscape) or GEXF (Gephi)</source>
        <translation>GraphML (yEd وCytoscape) أو GEXF (Gephi)</translation>
    </message>
    <message>
        <source>Whole library</source>
        <translation>المكتبة كلها</translation>
    </message>
    <message>
        <source>Collection «%1»</source>
        <translation>المجموعة «%1»</translation>
    </message>
    <message>
        <source>Laying out…</source>
        <translation>جارٍ الترتيب…</translation>
    </message>
    <message>
        <source>Building the network</source>
        <translation>بناء الشبكة</translation>
    </message>
    <message>
        <source>Laying out the network</source>
        <translation>ترتيب الشبكة</translation>
    </message>
    <message>
        <source>%1 of %2 entities, %3 of %4 edges</source>
        <translation>%1 من %2 كيانًا، %3 من %4 وصلة</translation>
    </message>
    <message>
        <source>%1 entities, %2 edges</source>
        <translation>%1 كيانًا، %2 وصلة</translation>
    </message>
    <message>
        <source>No relations match. Link entities in the reader with L.</source>
        <translation>لا علاقات مطابقة. اربط الكيانات في القارئ بالمفتاح L.</translation>
    </message>
    <message>
        <source>«%1» %2 «%3»</source>
        <translation>«%1» %2 «%3»</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… ولا غيرها</numerusform>
            <numerusform>… وواحدة أخرى</numerusform>
            <numerusform>… واثنتان أخريان</numerusform>
            <numerusform>… و%Ln أخرى</numerusform>
            <numerusform>… و%Ln أخرى</numerusform>
            <numerusform>… و%Ln أخرى</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>تعذّرت كتابة %1.</translation>
    </message>
    <message>
        <source>Save Picture</source>
        <translation>حفظ الصورة</translation>
    </message>
    <message>
        <source>network.png</source>
        <translation>network.png</translation>
    </message>
    <message>
        <source>PNG images (*.png);;SVG drawings (*.svg)</source>
        <translation>صور PNG (*.png);;رسوم SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export Graph</source>
        <translation>تصدير الشبكة</translation>
    </message>
    <message>
        <source>network.graphml</source>
        <translation>network.graphml</translation>
    </message>
    <message>
        <source>GraphML (*.graphml);;GEXF for Gephi (*.gexf)</source>
        <translation>GraphML (*.graphml);;GEXF لـGephi (*.gexf)</translation>
    </message>
</context>
<context>
    <name>hamish::NoteDialog</name>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>نص الملاحظة</translation>
    </message>
</context>
<context>
    <name>hamish::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> نقطة</translation>
    </message>
    <message>
        <source> %</source>
        <translation> ٪</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>اتباع النظام</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <source>Edit &amp;Entity Types…</source>
        <translation>تحرير &amp;أنواع الكيانات…</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>القراءة</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>&amp;الخط:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;الحجم:</translation>
    </message>
    <message>
        <source>&amp;Line spacing:</source>
        <translation>تباعد &amp;الأسطر:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>المظهر</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;السمة:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;اللغة:</translation>
    </message>
    <message>
        <source>Annotating</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;اسمك:</translation>
    </message>
    <message>
        <source>Entity types:</source>
        <translation>أنواع الكيانات:</translation>
    </message>
    <message>
        <source>Reading font</source>
        <translation>خط القراءة</translation>
    </message>
    <message>
        <source>Reading font size</source>
        <translation>حجم خط القراءة</translation>
    </message>
    <message>
        <source>Line spacing</source>
        <translation>تباعد الأسطر</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>السمة</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>لغة النافذة</translation>
    </message>
    <message>
        <source>Your name on new annotations</source>
        <translation>اسمك على التعليقات الجديدة</translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source> new tags</source>
        <translation> وسمًا جديدًا</translation>
    </message>
    <message>
        <source>&amp;Retrain the entity model after:</source>
        <translation>أعد &amp;تدريب نموذج الكيانات بعد:</translation>
    </message>
    <message>
        <source>New entity tags after which the model trains again</source>
        <translation>وسوم الكيانات الجديدة التي يُعاد بعدها تدريب النموذج</translation>
    </message>
    <message>
        <source>Umm al-Qura (Saudi Arabia)</source>
        <translation>أم القرى (السعودية)</translation>
    </message>
    <message>
        <source>Tabular (civil)</source>
        <translation>الجدولي (المدني)</translation>
    </message>
    <message>
        <source>&amp;Hijri dates read in:</source>
        <translation>تُقرأ التواريخ ال&amp;هجرية بتقويم:</translation>
    </message>
    <message>
        <source>The Hijri calendar dates are read in</source>
        <translation>التقويم الهجري الذي تُقرأ به التواريخ</translation>
    </message>
</context>
<context>
    <name>hamish::ReaderPane</name>
    <message>
        <source>Article title</source>
        <translation>عنوان المقالة</translation>
    </message>
    <message>
        <source>Article details</source>
        <translation>تفاصيل المقالة</translation>
    </message>
    <message>
        <source>Related articles</source>
        <translation>مقالات ذات صلة</translation>
    </message>
    <message>
        <source>Titles of related articles</source>
        <translation>عناوين المقالات ذات الصلة</translation>
    </message>
    <message>
        <source>Related articles (%1)</source>
        <translation>مقالات ذات صلة (%1)</translation>
    </message>
</context>
<context>
    <name>hamish::ReaderView</name>
    <message>
        <source>Article text</source>
        <translation>نص المقالة</translation>
    </message>
    <message>
        <source>Suggested: %1 — A accepts, R rejects</source>
        <translation>مقترح: %1 — A للقبول، R للرفض</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>كيان</translation>
    </message>
    <message>
        <source>Highlight (%1)</source>
        <translation>تظليل (%1)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
</context>
<context>
    <name>hamish::RecommenderController</name>
    <message>
        <source>Suggesting tags</source>
        <translation>اقتراح الوسوم</translation>
    </message>
    <message>
        <source>Training the entity model</source>
        <translation>تدريب نموذج الكيانات</translation>
    </message>
    <message>
        <source>Training the entity model on a worker thread…</source>
        <translation>يُدرَّب نموذج الكيانات في خيط عامل…</translation>
    </message>
    <message>
        <source>The entity model was trained: F1 %1 in cross-validation.</source>
        <translation>دُرّب نموذج الكيانات: قيمة F1 ‏%1 في التحقق المتقاطع.</translation>
    </message>
    <message>
        <source>Loading the entity model</source>
        <translation>تحميل نموذج الكيانات</translation>
    </message>
</context>
<context>
    <name>hamish::RelationController</name>
    <message>
        <source>Put the caret in an entity tag to link it (L).</source>
        <translation>ضع المؤشر في وسم كيان لربطه (L).</translation>
    </message>
    <message>
        <source>Linking «%1» to «%2»: Tab and Shift+Tab choose the target, a digit the type (%3), Enter a list, Esc cancels.</source>
        <translation>ربط «%1» بـ«%2»: ‏Tab و‏Shift+Tab لاختيار الهدف، ورقم للنوع (%3)، وEnter لقائمة، وEsc للإلغاء.</translation>
    </message>
    <message>
        <source>no other entity</source>
        <translation>لا كيان آخر</translation>
    </message>
    <message>
        <source>no type allows it</source>
        <translation>لا نوع يسمح بذلك</translation>
    </message>
    <message>
        <source>No relation type has the key %1.</source>
        <translation>لا نوع علاقة له المفتاح %1.</translation>
    </message>
    <message>
        <source>Link «%1» %2 «%3»</source>
        <translation>ربط «%1» %2 «%3»</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n relation(s)</source>
        <translation>
            <numerusform>حذف %n علاقة</numerusform>
            <numerusform>حذف علاقة واحدة</numerusform>
            <numerusform>حذف علاقتين</numerusform>
            <numerusform>حذف %n علاقات</numerusform>
            <numerusform>حذف %n علاقة</numerusform>
            <numerusform>حذف %n علاقة</numerusform>
        </translation>
    </message>
    <message>
        <source>Change relation type</source>
        <translation>تغيير نوع العلاقة</translation>
    </message>
    <message>
        <source>«%1» and «%2»</source>
        <translation>«%1» و«%2»</translation>
    </message>
    <message>
        <source>Edit relation note</source>
        <translation>تعديل ملاحظة العلاقة</translation>
    </message>
    <message>
        <source>Relation Type</source>
        <translation>نوع العلاقة</translation>
    </message>
    <message>
        <source>It allows %1 to %2.</source>
        <translation>يسمح من %1 إلى %2.</translation>
    </message>
    <message>
        <source>any type</source>
        <translation>أي نوع</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>العلاقة</translation>
    </message>
    <message>
        <source>Change &amp;Type</source>
        <translation>تغيير ال&amp;نوع</translation>
    </message>
    <message>
        <source>Relation &amp;Note…</source>
        <translation>&amp;ملاحظة العلاقة…</translation>
    </message>
    <message>
        <source>&amp;Delete Relation</source>
        <translation>&amp;حذف العلاقة</translation>
    </message>
    <message>
        <source>&amp;Link to…	L</source>
        <translation>&amp;ربط بـ…	L</translation>
    </message>
    <message>
        <source>%1 does not link «%2» to «%3». %4</source>
        <translation>%1 لا يربط «%2» بـ«%3». %4</translation>
    </message>
</context>
<context>
    <name>hamish::RelationListModel</name>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>العلاقة</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>المقالة</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>الكاتب</translation>
    </message>
</context>
<context>
    <name>hamish::RelationPanel</name>
    <message>
        <source>Relations</source>
        <translation>العلاقات</translation>
    </message>
    <message>
        <source>This article</source>
        <translation>هذه المقالة</translation>
    </message>
    <message>
        <source>Whole library</source>
        <translation>المكتبة كلها</translation>
    </message>
    <message>
        <source>Show the relations of</source>
        <translation>اعرض علاقات</translation>
    </message>
    <message>
        <source>Relation type</source>
        <translation>نوع العلاقة</translation>
    </message>
    <message>
        <source>Filter by words</source>
        <translation>صفِّ بالكلمات</translation>
    </message>
    <message>
        <source>Filter relations</source>
        <translation>تصفية العلاقات</translation>
    </message>
    <message>
        <source>Edit Note…</source>
        <translation>تعديل الملاحظة…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>All relation types</source>
        <translation>كل أنواع العلاقات</translation>
    </message>
</context>
<context>
    <name>hamish::RelationService</name>
    <message>
        <source>The two ends of a relation must be annotations of one article.</source>
        <translation>يجب أن يكون طرفا العلاقة تعليقين في مقالة واحدة.</translation>
    </message>
    <message>
        <source>Both ends of a relation must be entity tags (annotations %1 and %2).</source>
        <translation>يجب أن يكون طرفا العلاقة وسمي كيانين (التعليقان %1 و%2).</translation>
    </message>
    <message>
        <source>A relation links two different entities.</source>
        <translation>تربط العلاقة كيانين مختلفين.</translation>
    </message>
    <message>
        <source>There is no relation type %1.</source>
        <translation>لا يوجد نوع علاقة %1.</translation>
    </message>
    <message>
        <source>A relation %1 cannot go from %2 to %3 (it allows %4 to %5).</source>
        <translation>لا يمكن أن تكون علاقة %1 من %2 إلى %3 (تسمح بـ%4 إلى %5).</translation>
    </message>
    <message>
        <source>any type</source>
        <translation>أي نوع</translation>
    </message>
    <message>
        <source>There is no annotation %1.</source>
        <translation>لا يوجد تعليق %1.</translation>
    </message>
    <message>
        <source>These two are linked by that relation already (relation %1).</source>
        <translation>هذان مرتبطان بهذه العلاقة من قبل (العلاقة %1).</translation>
    </message>
    <message>
        <source>There is no label %1.</source>
        <translation>لا يوجد تصنيف %1.</translation>
    </message>
</context>
<context>
    <name>hamish::RelationTypesDialog</name>
    <message>
        <source>Relation Types</source>
        <translation>أنواع العلاقات</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Arabic name</source>
        <translation>الاسم العربي</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>الاسم الإنجليزي</translation>
    </message>
    <message>
        <source>Directed</source>
        <translation>باتجاه</translation>
    </message>
    <message>
        <source>From types</source>
        <translation>أنواع المصدر</translation>
    </message>
    <message>
        <source>To types</source>
        <translation>أنواع الهدف</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>اللون</translation>
    </message>
    <message>
        <source>Relation types</source>
        <translation>أنواع العلاقات</translation>
    </message>
    <message>
        <source>From and To list the entity types each end allows, as codes separated by commas; leave them empty to allow any.</source>
        <translation>يذكر المصدر والهدف أنواع الكيانات التي يقبلها كل طرف، رموزًا تفصل بينها فواصل؛ اتركهما فارغين لقبول أي نوع.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;إضافة…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;تحريك لأعلى</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>تحريك &amp;لأسفل</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;اللون…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;إزالة</translation>
    </message>
    <message>
        <source>New Relation Type</source>
        <translation>نوع علاقة جديد</translation>
    </message>
    <message>
        <source>Code (for example WORKS_FOR):</source>
        <translation>الرمز (مثلًا WORKS_FOR):</translation>
    </message>
    <message>
        <source>Unchecked: symmetric (A met B is B met A).</source>
        <translation>دون علامة: متماثلة (التقى أ ب هي التقى ب أ).</translation>
    </message>
</context>
<context>
    <name>hamish::ReviewDialog</name>
    <message>
        <source>Review Suggestions</source>
        <translation>مراجعة الاقتراحات</translation>
    </message>
    <message>
        <source>This article</source>
        <translation>هذه المقالة</translation>
    </message>
    <message>
        <source>Whole library</source>
        <translation>المكتبة كلها</translation>
    </message>
    <message>
        <source>Collection «%1»</source>
        <translation>المجموعة «%1»</translation>
    </message>
    <message>
        <source>Review the suggestions of</source>
        <translation>راجع اقتراحات</translation>
    </message>
    <message>
        <source>Suggestions to review</source>
        <translation>الاقتراحات للمراجعة</translation>
    </message>
    <message>
        <source>&amp;Accept (A)</source>
        <translation>ا&amp;قبل (A)</translation>
    </message>
    <message>
        <source>&amp;Reject (R)</source>
        <translation>ا&amp;رفض (R)</translation>
    </message>
    <message>
        <source>No model yet: train it first (Annotate ▸ Train the Entity Model).</source>
        <translation>لا نموذج بعد: درّبه أولًا (تعليق ◂ درّب نموذج الكيانات).</translation>
    </message>
    <message>
        <source>Looking for suggestions…</source>
        <translation>جارٍ البحث عن اقتراحات…</translation>
    </message>
    <message>
        <source>Finding suggestions</source>
        <translation>البحث عن الاقتراحات</translation>
    </message>
    <message numerus="yes">
        <source>%Ln suggestion(s), the least certain first.</source>
        <translation>
            <numerusform>لا اقتراحات.</numerusform>
            <numerusform>اقتراح واحد.</numerusform>
            <numerusform>اقتراحان، الأقل يقينًا أولًا.</numerusform>
            <numerusform>%Ln اقتراحات، الأقل يقينًا أولًا.</numerusform>
            <numerusform>%Ln اقتراحًا، الأقل يقينًا أولًا.</numerusform>
            <numerusform>%Ln اقتراح، الأقل يقينًا أولًا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln suggestion(s) left.</source>
        <translation>
            <numerusform>لم يبقَ اقتراح.</numerusform>
            <numerusform>بقي اقتراح واحد.</numerusform>
            <numerusform>بقي اقتراحان.</numerusform>
            <numerusform>بقيت %Ln اقتراحات.</numerusform>
            <numerusform>بقي %Ln اقتراحًا.</numerusform>
            <numerusform>بقي %Ln اقتراح.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hamish::ReviewPanel</name>
    <message>
        <source>Exact</source>
        <translation>في مكانه</translation>
    </message>
    <message>
        <source>Shifted</source>
        <translation>مُزاح</translation>
    </message>
    <message>
        <source>Moved by its quote</source>
        <translation>نُقل بنصه المقتبس</translation>
    </message>
    <message>
        <source>No place found</source>
        <translation>لم يُعثر له على مكان</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;قبول</translation>
    </message>
    <message>
        <source>Re-place on &amp;selection</source>
        <translation>وضعه على ال&amp;تحديد</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>التشابه</translation>
    </message>
    <message>
        <source>Annotations to review</source>
        <translation>تعليقات تنتظر المراجعة</translation>
    </message>
    <message>
        <source>Keep it where the new version put it (an orphan stays with its old version).</source>
        <translation>إبقاؤه حيث وضعته النسخة الجديدة (ويبقى اليتيم مع نسخته القديمة).</translation>
    </message>
    <message>
        <source>Select the text it belongs to in the reader, then press this.</source>
        <translation>حدّد في القارئ النص الذي يخصه، ثم اضغط هنا.</translation>
    </message>
    <message>
        <source>Delete the annotation and what hangs on it.</source>
        <translation>حذف التعليق وما يتعلق به.</translation>
    </message>
    <message>
        <source>Nothing to review: the annotations of this article are where its text put them.</source>
        <translation>لا شيء للمراجعة: تعليقات هذه المقالة حيث وضعها نصها.</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) of the new version to review.</source>
        <translation><numerusform>لا تعليقات في النسخة الجديدة للمراجعة.</numerusform><numerusform>تعليق واحد من النسخة الجديدة للمراجعة.</numerusform><numerusform>تعليقان من النسخة الجديدة للمراجعة.</numerusform><numerusform>%n تعليقات من النسخة الجديدة للمراجعة.</numerusform><numerusform>%n تعليقًا من النسخة الجديدة للمراجعة.</numerusform><numerusform>%n تعليق من النسخة الجديدة للمراجعة.</numerusform></translation>
    </message>
</context>
<context>
    <name>hamish::SchemaService</name>
    <message>
        <source>The relation type %1 names the entity type '%2', which the library does not have.</source>
        <translation>يذكر نوع العلاقة %1 نوع الكيان «%2»، وليس في المكتبة.</translation>
    </message>
    <message>
        <source>There is a relation type %1 already.</source>
        <translation>يوجد نوع علاقة %1 من قبل.</translation>
    </message>
    <message numerus="yes">
        <source>The relation type cannot be removed while %n relation(s) use it.</source>
        <translation>
            <numerusform>لا يمكن حذف نوع العلاقة ما دامت علاقات تستخدمه.</numerusform>
            <numerusform>لا يمكن حذف نوع العلاقة ما دامت علاقة تستخدمه.</numerusform>
            <numerusform>لا يمكن حذف نوع العلاقة ما دامت علاقتان تستخدمانه.</numerusform>
            <numerusform>لا يمكن حذف نوع العلاقة ما دامت %n علاقات تستخدمه.</numerusform>
            <numerusform>لا يمكن حذف نوع العلاقة ما دامت %n علاقة تستخدمه.</numerusform>
            <numerusform>لا يمكن حذف نوع العلاقة ما دامت %n علاقة تستخدمه.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no relation type %1.</source>
        <translation>لا يوجد نوع علاقة %1.</translation>
    </message>
    <message>
        <source>There is no entity type %1.</source>
        <translation>لا يوجد نوع كيان %1.</translation>
    </message>
    <message>
        <source>The type has an attribute %1 already.</source>
        <translation>للنوع سمة %1 من قبل.</translation>
    </message>
    <message>
        <source>An attribute of choices needs at least one.</source>
        <translation>تحتاج سمة الخيارات إلى خيار واحد على الأقل.</translation>
    </message>
    <message>
        <source>There is a label set %1 already.</source>
        <translation>توجد مجموعة تصنيفات %1 من قبل.</translation>
    </message>
    <message>
        <source>There is no label set %1.</source>
        <translation>لا توجد مجموعة تصنيفات %1.</translation>
    </message>
    <message>
        <source>The set %1 has a label %2 already.</source>
        <translation>في المجموعة %1 تصنيف %2 من قبل.</translation>
    </message>
    <message>
        <source>The label set cannot be removed while articles carry its labels.</source>
        <translation>لا يمكن حذف مجموعة التصنيفات ما دامت مقالات تحمل تصنيفاتها.</translation>
    </message>
    <message numerus="yes">
        <source>The label cannot be removed while %n article(s) carry it.</source>
        <translation>
            <numerusform>لا يمكن حذف التصنيف ما دامت مقالات تحمله.</numerusform>
            <numerusform>لا يمكن حذف التصنيف ما دامت مقالة تحمله.</numerusform>
            <numerusform>لا يمكن حذف التصنيف ما دامت مقالتان تحملانه.</numerusform>
            <numerusform>لا يمكن حذف التصنيف ما دامت %n مقالات تحمله.</numerusform>
            <numerusform>لا يمكن حذف التصنيف ما دامت %n مقالة تحمله.</numerusform>
            <numerusform>لا يمكن حذف التصنيف ما دامت %n مقالة تحمله.</numerusform>
        </translation>
    </message>
    <message>
        <source>'%1' cannot be an entity type code.</source>
        <translation>لا يصلح «%1» رمزًا لنوع كيان.</translation>
    </message>
    <message>
        <source>updated entity type %1</source>
        <translation>حُدِّث نوع الكيان %1</translation>
    </message>
    <message>
        <source>added entity type %1</source>
        <translation>أُضيف نوع الكيان %1</translation>
    </message>
    <message>
        <source>'%1' cannot be a relation type code.</source>
        <translation>لا يصلح «%1» رمزًا لنوع علاقة.</translation>
    </message>
    <message>
        <source>The relation type %1 names the entity type '%2', which is neither in the library nor in the file.</source>
        <translation>يذكر نوع العلاقة %1 نوع الكيان «%2»، وليس في المكتبة ولا في الملف.</translation>
    </message>
    <message>
        <source>updated relation type %1</source>
        <translation>حُدِّث نوع العلاقة %1</translation>
    </message>
    <message>
        <source>added relation type %1</source>
        <translation>أُضيف نوع العلاقة %1</translation>
    </message>
    <message>
        <source>The attribute %1 belongs to an unknown entity type.</source>
        <translation>تنتمي السمة %1 إلى نوع كيان غير معروف.</translation>
    </message>
    <message>
        <source>'%1' cannot be an attribute name.</source>
        <translation>لا يصلح «%1» اسمًا لسمة.</translation>
    </message>
    <message>
        <source>updated attribute %1 of %2</source>
        <translation>حُدِّثت السمة %1 للنوع %2</translation>
    </message>
    <message>
        <source>added attribute %1 of %2</source>
        <translation>أُضيفت السمة %1 للنوع %2</translation>
    </message>
    <message>
        <source>'%1' cannot be a label set code.</source>
        <translation>لا يصلح «%1» رمزًا لمجموعة تصنيفات.</translation>
    </message>
    <message>
        <source>added label set %1</source>
        <translation>أُضيفت مجموعة التصنيفات %1</translation>
    </message>
    <message>
        <source>'%1' cannot be a label code.</source>
        <translation>لا يصلح «%1» رمزًا لتصنيف.</translation>
    </message>
    <message>
        <source>added label %1 to %2</source>
        <translation>أُضيف التصنيف %1 إلى %2</translation>
    </message>
    <message>
        <source>An entity type has no code.</source>
        <translation>نوع كيان بلا رمز.</translation>
    </message>
    <message>
        <source>The attribute %1 has an unknown kind '%2' (boolean, choice or text).</source>
        <translation>للسمة %1 نوع غير معروف «%2» (boolean أو choice أو text).</translation>
    </message>
    <message>
        <source>A relation type has no code.</source>
        <translation>نوع علاقة بلا رمز.</translation>
    </message>
    <message>
        <source>The label set %1 has choice '%2' (single or multiple).</source>
        <translation>لمجموعة التصنيفات %1 اختيار «%2» (single أو multiple).</translation>
    </message>
    <message>
        <source>A label set has no code.</source>
        <translation>مجموعة تصنيفات بلا رمز.</translation>
    </message>
    <message>
        <source>'%1' cannot be a relation type code: start with a letter or _, then letters, digits, - and _.</source>
        <translation>لا يصلح «%1» رمزًا لنوع علاقة: ابدأ بحرف أو _، ثم حروف وأرقام و- و_.</translation>
    </message>
    <message>
        <source>'%1' cannot be an attribute name: start with a letter or _, then letters, digits, - and _.</source>
        <translation>لا يصلح «%1» اسمًا لسمة: ابدأ بحرف أو _، ثم حروف وأرقام و- و_.</translation>
    </message>
    <message>
        <source>'%1' cannot be a label set code: start with a letter or _, then letters, digits, - and _.</source>
        <translation>لا يصلح «%1» رمزًا لمجموعة تصنيفات: ابدأ بحرف أو _، ثم حروف وأرقام و- و_.</translation>
    </message>
    <message>
        <source>'%1' cannot be a label code: start with a letter or _, then letters, digits, - and _.</source>
        <translation>لا يصلح «%1» رمزًا لتصنيف: ابدأ بحرف أو _، ثم حروف وأرقام و- و_.</translation>
    </message>
</context>
<context>
    <name>hamish::SearchPanel</name>
    <message>
        <source>Search the library</source>
        <translation>البحث في المكتبة</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <source>No article matches.</source>
        <translation>لا مقالة مطابقة.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>لا مقالات</numerusform>
            <numerusform>مقالة واحدة</numerusform>
            <numerusform>مقالتان</numerusform>
            <numerusform>%n مقالات</numerusform>
            <numerusform>%n مقالة</numerusform>
            <numerusform>%n مقالة</numerusform>
        </translation>
    </message>
    <message>
        <source>Search in</source>
        <translation>البحث في</translation>
    </message>
    <message>
        <source>In the whole library</source>
        <translation>في المكتبة كلها</translation>
    </message>
    <message>
        <source>In «%1»</source>
        <translation>في «%1»</translation>
    </message>
</context>
<context>
    <name>hamish::ShelfTree</name>
    <message>
        <source>Shelves</source>
        <translation>الرفوف</translation>
    </message>
    <message>
        <source>All Articles</source>
        <translation>كل المقالات</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>سلة المهملات</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>المجموعات</translation>
    </message>
</context>
<context>
    <name>hamish::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الأمر</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>In the reader</source>
        <translation>في القارئ</translation>
    </message>
    <message>
        <source>Tag the selection with entity type 1 to 9</source>
        <translation>وسم التحديد بنوع الكيان من 1 إلى 9</translation>
    </message>
    <message>
        <source>Select text a word at a time</source>
        <translation>تحديد النص كلمةً كلمة</translation>
    </message>
    <message>
        <source>Select text a character at a time</source>
        <translation>تحديد النص حرفًا حرفًا</translation>
    </message>
    <message>
        <source>Open the context menu of the selection</source>
        <translation>فتح قائمة السياق للتحديد</translation>
    </message>
    <message>
        <source>Move between the panels</source>
        <translation>التنقل بين اللوحات</translation>
    </message>
    <message>
        <source>Close the find bar or a dialog</source>
        <translation>إغلاق شريط البحث أو مربع حوار</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>%1, or %2</source>
        <translation>%1، أو %2</translation>
    </message>
    <message>
        <source>%1 with the arrows</source>
        <translation>%1 مع الأسهم</translation>
    </message>
    <message>
        <source>the Menu key, or %1</source>
        <translation>مفتاح القائمة، أو %1</translation>
    </message>
</context>
<context>
    <name>hamish::StatisticsView</name>
    <message>
        <source>Entity types</source>
        <translation>أنواع الكيانات</translation>
    </message>
    <message>
        <source>Top entities</source>
        <translation>أكثر الكيانات ورودًا</translation>
    </message>
    <message>
        <source>Annotations per article</source>
        <translation>التعليقات في كل مقالة</translation>
    </message>
    <message>
        <source>Annotation timeline</source>
        <translation>التعليقات عبر الزمن</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>الإحصاءات</translation>
    </message>
    <message>
        <source>This article</source>
        <translation>هذه المقالة</translation>
    </message>
    <message>
        <source>Whole library</source>
        <translation>المكتبة كلها</translation>
    </message>
    <message>
        <source>Statistics for</source>
        <translation>الإحصاءات لـ</translation>
    </message>
    <message>
        <source>&amp;Statistics for:</source>
        <translation>&amp;الإحصاءات لـ:</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>حفظ بصيغة PNG…</translation>
    </message>
    <message>
        <source>Save the chart %1 as PNG</source>
        <translation>حفظ المخطط %1 بصيغة PNG</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>حفظ المخطط</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>صور PNG (*.png)</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>تعذّرت كتابة %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>لا تعليقات</numerusform>
            <numerusform>تعليق واحد</numerusform>
            <numerusform>تعليقان</numerusform>
            <numerusform>%Ln تعليقات</numerusform>
            <numerusform>%Ln تعليقًا</numerusform>
            <numerusform>%Ln تعليق</numerusform>
        </translation>
    </message>
    <message>
        <source>Collection «%1»</source>
        <translation>المجموعة «%1»</translation>
    </message>
    <message>
        <source>Counting</source>
        <translation>العدّ</translation>
    </message>
    <message>
        <source>Document labels</source>
        <translation>تصنيفات المقالة</translation>
    </message>
    <message>
        <source>Relation types</source>
        <translation>أنواع العلاقات</translation>
    </message>
    <message>
        <source>Dates mentioned</source>
        <translation>التواريخ المذكورة</translation>
    </message>
</context>
<context>
    <name>hamish::TagAllDialog</name>
    <message>
        <source>This &amp;article</source>
        <translation>هذه &amp;المقالة</translation>
    </message>
    <message>
        <source>The whole &amp;library</source>
        <translation>&amp;المكتبة كلها</translation>
    </message>
    <message>
        <source>Tag All Occurrences</source>
        <translation>وسم كل المواضع</translation>
    </message>
    <message>
        <source>Name to find</source>
        <translation>الاسم المراد إيجاده</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>المقالة</translation>
    </message>
    <message>
        <source>In context</source>
        <translation>في السياق</translation>
    </message>
    <message>
        <source>Occurrences</source>
        <translation>المواضع</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;الاسم:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;النوع:</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>أين:</translation>
    </message>
    <message>
        <source>Check All</source>
        <translation>تأشير الكل</translation>
    </message>
    <message>
        <source>Check None</source>
        <translation>إلغاء تأشير الكل</translation>
    </message>
    <message>
        <source>&amp;Tag Checked</source>
        <translation>&amp;وسم المؤشَّر عليها</translation>
    </message>
    <message>
        <source>tagged</source>
        <translation>موسوم</translation>
    </message>
    <message numerus="yes">
        <source>%n occurrence(s)</source>
        <translation>
            <numerusform>لا مواضع</numerusform>
            <numerusform>موضع واحد</numerusform>
            <numerusform>موضعان</numerusform>
            <numerusform>%n مواضع</numerusform>
            <numerusform>%n موضعًا</numerusform>
            <numerusform>%n موضع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n already tagged)</source>
        <translation>
            <numerusform>(لا شيء موسوم من قبل)</numerusform>
            <numerusform>(واحد موسوم من قبل)</numerusform>
            <numerusform>(اثنان موسومان من قبل)</numerusform>
            <numerusform>(%n موسومة من قبل)</numerusform>
            <numerusform>(%n موسومًا من قبل)</numerusform>
            <numerusform>(%n موسوم من قبل)</numerusform>
        </translation>
    </message>
    <message>
        <source>found in %1 ms.</source>
        <translation>وُجدت في %1 ملّي ثانية.</translation>
    </message>
    <message>
        <source>The &amp;collection</source>
        <translation>ال&amp;مجموعة</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>Finding occurrences</source>
        <translation>البحث عن المواضع</translation>
    </message>
    <message>
        <source>Searching the library…</source>
        <translation>جارٍ البحث في المكتبة…</translation>
    </message>
</context>
<context>
    <name>hamish::TeamController</name>
    <message>
        <source>&amp;Team</source>
        <translation>ال&amp;فريق</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>ا&amp;تصال…</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;زامن الآن</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>ا&amp;قطع الاتصال</translation>
    </message>
    <message>
        <source>Conflict &amp;History…</source>
        <translation>&amp;سجل التعارضات…</translation>
    </message>
    <message>
        <source>Connect to a Team Project</source>
        <translation>الاتصال بمشروع فريق</translation>
    </message>
    <message>
        <source>The team project's PostgreSQL database, as a libpq connection string or URI, for example
host=news.example.org dbname=newsroom user=%1 sslmode=verify-full
Your role on the server is your annotator name. Passwords come from ~/.pgpass or are asked for, and are never stored.</source>
        <translation>قاعدة بيانات PostgreSQL لمشروع الفريق، بصيغة سلسلة اتصال libpq أو عنوان URI، مثلًا
host=news.example.org dbname=newsroom user=%1 sslmode=verify-full
دورك على الخادم هو اسمك مُعلِّمًا. تؤخذ كلمات المرور من ‎~/.pgpass‎ أو تُطلب منك، ولا تُخزَّن أبدًا.</translation>
    </message>
    <message>
        <source>Team: not connected</source>
        <translation>الفريق: غير متصل</translation>
    </message>
    <message>
        <source>Team: syncing…</source>
        <translation>الفريق: تجري المزامنة…</translation>
    </message>
    <message>
        <source>Syncing with the team project</source>
        <translation>المزامنة مع مشروع الفريق</translation>
    </message>
    <message>
        <source>Team: synced at %1, pulled %2</source>
        <translation>الفريق: زُومنت الساعة %1، وجُلب %2</translation>
    </message>
    <message>
        <source>Synced with the team project: %1.</source>
        <translation>تمت المزامنة مع مشروع الفريق: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) in other annotators' layers stay in this library: your role may write only your own layer.</source>
        <translation>
            <numerusform>لا تغييرات في طبقات مُعلِّمين آخرين.</numerusform>
            <numerusform>تغيير واحد في طبقة مُعلِّم آخر يبقى في هذه المكتبة: دورك لا يكتب إلا طبقتك.</numerusform>
            <numerusform>تغييران في طبقات مُعلِّمين آخرين يبقيان في هذه المكتبة: دورك لا يكتب إلا طبقتك.</numerusform>
            <numerusform>%n تغييرات في طبقات مُعلِّمين آخرين تبقى في هذه المكتبة: دورك لا يكتب إلا طبقتك.</numerusform>
            <numerusform>%n تغييرًا في طبقات مُعلِّمين آخرين يبقى في هذه المكتبة: دورك لا يكتب إلا طبقتك.</numerusform>
            <numerusform>%n تغيير في طبقات مُعلِّمين آخرين يبقى في هذه المكتبة: دورك لا يكتب إلا طبقتك.</numerusform>
        </translation>
    </message>
    <message>
        <source>Team Project Password</source>
        <translation>كلمة مرور مشروع الفريق</translation>
    </message>
    <message>
        <source>The server asks for a password:</source>
        <translation>يطلب الخادم كلمة مرور:</translation>
    </message>
    <message>
        <source>Team: offline since %1</source>
        <translation>الفريق: غير متصل منذ %1</translation>
    </message>
    <message>
        <source>The team sync failed; your work stays in this library and goes with the next sync. %1</source>
        <translation>فشلت مزامنة الفريق؛ يبقى عملك في هذه المكتبة ويُرسَل مع المزامنة التالية. %1</translation>
    </message>
</context>
<context>
    <name>hamish::TeamHistoryDialog</name>
    <message>
        <source>(removed)</source>
        <translation>(محذوف)</translation>
    </message>
    <message>
        <source>Conflict History</source>
        <translation>سجل التعارضات</translation>
    </message>
    <message>
        <source>When two people changed the same shared object, the later change stays; the version that lost is kept here.</source>
        <translation>حين يغيّر شخصان الكائن المشترك نفسه يبقى التغيير الأحدث، وتُحفظ هنا النسخة الخاسرة.</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>سُجّل</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>الكائن</translation>
    </message>
    <message>
        <source>Lost version</source>
        <translation>النسخة الخاسرة</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>غيّرها</translation>
    </message>
    <message>
        <source>Lost to</source>
        <translation>خسرت أمام</translation>
    </message>
</context>
<context>
    <name>hamish::VersionBar</name>
    <message>
        <source>What &amp;changed</source>
        <translation>ما ال&amp;ذي تغيّر</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>النسخة</translation>
    </message>
    <message>
        <source>The latest version with the words inserted and deleted since the one before.</source>
        <translation>أحدث نسخة مع الكلمات المضافة والمحذوفة منذ النسخة السابقة.</translation>
    </message>
    <message numerus="yes">
        <source>Version %1 of %2, imported %3; %n character(s) changed.</source>
        <translation><numerusform>النسخة %1 من %2، استوردت في %3؛ لم يتغير أي حرف.</numerusform><numerusform>النسخة %1 من %2، استوردت في %3؛ تغيّر حرف واحد.</numerusform><numerusform>النسخة %1 من %2، استوردت في %3؛ تغيّر حرفان.</numerusform><numerusform>النسخة %1 من %2، استوردت في %3؛ تغيّرت %n أحرف.</numerusform><numerusform>النسخة %1 من %2، استوردت في %3؛ تغيّر %n حرفًا.</numerusform><numerusform>النسخة %1 من %2، استوردت في %3؛ تغيّر %n حرف.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) to review.</source>
        <translation><numerusform>لا تعليقات للمراجعة.</numerusform><numerusform>تعليق واحد للمراجعة.</numerusform><numerusform>تعليقان للمراجعة.</numerusform><numerusform>%n تعليقات للمراجعة.</numerusform><numerusform>%n تعليقًا للمراجعة.</numerusform><numerusform>%n تعليق للمراجعة.</numerusform></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>النسخة %1</translation>
    </message>
</context>
<context>
    <name>hamish::VersionDialog</name>
    <message>
        <source>Show what &amp;changed since the version before</source>
        <translation>إظهار ما &amp;تغيّر منذ النسخة السابقة</translation>
    </message>
    <message>
        <source>Versions of the article</source>
        <translation>نسخ المقالة</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>النسخة</translation>
    </message>
    <message>
        <source>Text of the version</source>
        <translation>نص النسخة</translation>
    </message>
    <message>
        <source>Version %1 — %2</source>
        <translation>النسخة %1 — %2</translation>
    </message>
    <message>
        <source>Version %1 against version %2: inserted words are green, deleted ones red and struck through.</source>
        <translation>النسخة %1 مقارنةً بالنسخة %2: الكلمات المضافة بالأخضر، والمحذوفة بالأحمر مشطوبة.</translation>
    </message>
    <message>
        <source>Version %1.</source>
        <translation>النسخة %1.</translation>
    </message>
    <message numerus="yes">
        <source>Version %1: %n annotation(s) kept here found no place in the next version (marked).</source>
        <translation><numerusform>النسخة %1.</numerusform><numerusform>النسخة %1: تعليق واحد محفوظ هنا لم يجد مكانًا في النسخة التالية (مظلَّل).</numerusform><numerusform>النسخة %1: تعليقان محفوظان هنا لم يجدا مكانًا في النسخة التالية (مظلَّلان).</numerusform><numerusform>النسخة %1: %n تعليقات محفوظة هنا لم تجد مكانًا في النسخة التالية (مظلَّلة).</numerusform><numerusform>النسخة %1: %n تعليقًا محفوظًا هنا لم تجد مكانًا في النسخة التالية (مظلَّلة).</numerusform><numerusform>النسخة %1: %n تعليق محفوظ هنا لم تجد مكانًا في النسخة التالية (مظلَّلة).</numerusform></translation>
    </message>
</context>
<context>
    <name>hamish::VersionService</name>
    <message>
        <source>this library syncs with a team project, and versions of articles are not shared with teams yet; import the new text as an article of its own.</source>
        <translation>هذه المكتبة تُزامَن مع مشروع فريق، ونسخ المقالات لا تُشارَك مع الفرق بعد؛ استورد النص الجديد مقالةً مستقلة.</translation>
    </message>
    <message>
        <source>article %1 has no version %2 (it has %3).</source>
        <translation>ليس للمقالة %1 نسخة رقمها %2 (لها %3).</translation>
    </message>
    <message>
        <source>annotation %1 was not carried to version %2 of article %3.</source>
        <translation>لم يُنقل التعليق %1 إلى النسخة %2 من المقالة %3.</translation>
    </message>
    <message>
        <source>select the text the annotation belongs to.</source>
        <translation>حدّد النص الذي يخص التعليق.</translation>
    </message>
    <message>
        <source>the annotation was deleted; undo the deletion first.</source>
        <translation>حُذف التعليق؛ تراجع عن الحذف أولًا.</translation>
    </message>
</context>
<context>
    <name>hamish::VersionsController</name>
    <message>
        <source>Accept placement</source>
        <translation>قبول الموضع</translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation>حذف التعليق</translation>
    </message>
    <message>
        <source>Select the text the annotation belongs to, then press Re-place.</source>
        <translation>حدّد النص الذي يخص التعليق، ثم اضغط «وضعه على التحديد».</translation>
    </message>
    <message>
        <source>Re-place annotation</source>
        <translation>إعادة وضع التعليق</translation>
    </message>
</context>
<context>
    <name>hamish::WriteErrorNotice</name>
    <message>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <source>The library did not change, and what you see is what it holds. Reading, searching and exporting to another folder still work. Free some disk space or check that the library file can be written, then try again.</source>
        <translation>لم تتغيّر المكتبة، وما تراه هو ما تحويه. ما زالت القراءة والبحث والتصدير إلى مجلد آخر تعمل. حرّر بعض المساحة على القرص أو تحقّق من إمكان الكتابة في ملف المكتبة، ثم أعد المحاولة.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A reader and annotator for Arabic news.</source>
        <translation>قارئ ومعلِّق للأخبار العربية.</translation>
    </message>
    <message>
        <source>The library file.</source>
        <translation>ملف المكتبة.</translation>
    </message>
    <message>
        <source>Hamish</source>
        <translation>هامش</translation>
    </message>
    <message>
        <source>Hamish is already open on %1; that window was brought to the front.</source>
        <translation>هامش مفتوح من قبل على %1؛ جُلبت تلك النافذة إلى الأمام.</translation>
    </message>
    <message>
        <source>%1 is in use by another Hamish that does not answer.</source>
        <translation>%1 قيد الاستعمال في نسخة أخرى من هامش لا تستجيب.</translation>
    </message>
    <message>
        <source>This library is open in another Hamish that does not answer. It is shown read-only: you can read, search and export, but not change it.</source>
        <translation>هذه المكتبة مفتوحة في نسخة أخرى من هامش لا تستجيب. تُعرض للقراءة فقط: يمكنك القراءة والبحث والتصدير، لا التعديل.</translation>
    </message>
    <message>
        <source>This library cannot be written. It is shown read-only: you can read, search and export, but not change it.</source>
        <translation>تتعذّر الكتابة في هذه المكتبة. تُعرض للقراءة فقط: يمكنك القراءة والبحث والتصدير، لا التعديل.</translation>
    </message>
    <message>
        <source>The language of the window for this run: ar or en.</source>
        <translation>لغة النافذة في هذا التشغيل: ar أو en.</translation>
    </message>
    <message>
        <source>Open this article.</source>
        <translation>فتح هذه المقالة.</translation>
    </message>
    <message>
        <source>--lang takes ar or en.</source>
        <translation>يقبل --lang القيمة ar أو en.</translation>
    </message>
</context>
</TS>