<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name></name>
    <message>
        <source>forumdesk bundles (*.forumbundle *.json);;All files (*)</source>
        <translation>حزم forumdesk (*.forumbundle *.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Same partner?</source>
        <translation>الشريك نفسه؟</translation>
    </message>
    <message>
        <source>This database already has a partner named “{name}”. Is the bundle&apos;s partner the same organisation? Yes adds the forum to it; No makes a new partner.</source>
        <translation>في قاعدة البيانات هذه شريك باسم «{name}». هل شريك الحزمة هو المنظمة نفسها؟ «نعم» تضيف المنتدى إليه، و«لا» تنشئ شريكًا جديدًا.</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>لم يُستورد شيء</translation>
    </message>
    <message>
        <source>Import a forum bundle</source>
        <translation>استيراد حزمة منتدى</translation>
    </message>
    <message>
        <source>“{title}” is already in this database; nothing was added.</source>
        <translation>«{title}» موجود في قاعدة البيانات هذه؛ لم يُضف شيء.</translation>
    </message>
    <message>
        <source>The forum was not imported: {reason}</source>
        <translation>لم يُستورد المنتدى: {reason}</translation>
    </message>
    <message>
        <source>“{title}” was imported.</source>
        <translation>استُورد «{title}».</translation>
    </message>
    <message>
        <source>Export a forum bundle</source>
        <translation>تصدير حزمة منتدى</translation>
    </message>
    <message>
        <source>The bundle was not written: {reason}</source>
        <translation>لم تُكتب الحزمة: {reason}</translation>
    </message>
    <message>
        <source>Bundle saved to {path}. Import it on another laptop with File ▸ Import a forum bundle….</source>
        <translation>حُفظت الحزمة في {path}. استوردها على حاسوب آخر من ملف ▸ استيراد حزمة منتدى….</translation>
    </message>
    <message>
        <source>Compare forums</source>
        <translation>مقارنة المنتديات</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>قارن</translation>
    </message>
    <message>
        <source>Tick two or more forums, then Compare.</source>
        <translation>حدّد منتديين أو أكثر، ثم اضغط «قارن».</translation>
    </message>
    <message>
        <source>Question / forum</source>
        <translation>السؤال / المنتدى</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>الإجابات</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>ما قالوه</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) asked at more than one of these forums.</source>
        <translation>
            <numerusform>لم يُطرح أي سؤال في أكثر من منتدى من هذه المنتديات.</numerusform>
            <numerusform>سؤال واحد طُرح في أكثر من منتدى من هذه المنتديات.</numerusform>
            <numerusform>سؤالان طُرحا في أكثر من منتدى من هذه المنتديات.</numerusform>
            <numerusform>%n أسئلة طُرحت في أكثر من منتدى من هذه المنتديات.</numerusform>
            <numerusform>%n سؤالًا طُرح في أكثر من منتدى من هذه المنتديات.</numerusform>
            <numerusform>%n سؤال طُرح في أكثر من منتدى من هذه المنتديات.</numerusform>
        </translation>
    </message>
    <message>
        <source>These forums asked no question in common.</source>
        <translation>لم تطرح هذه المنتديات أي سؤال مشترك.</translation>
    </message>
    <message>
        <source>{title} — forumdesk console</source>
        <translation>{title} — وحدة تحكم forumdesk</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Room counts</source>
        <translation>العدّ</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>الالتزامات</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>المحاور</translation>
    </message>
    <message>
        <source>Q&amp;&amp;A</source>
        <translation>س/ج</translation>
    </message>
    <message>
        <source>&amp;Forum</source>
        <translation>&amp;المنتدى</translation>
    </message>
    <message>
        <source>&amp;Start taking answers</source>
        <translation>&amp;بدء استقبال الإجابات</translation>
    </message>
    <message>
        <source>S&amp;top the server</source>
        <translation>&amp;إيقاف الخادم</translation>
    </message>
    <message>
        <source>&amp;Look for networks again</source>
        <translation>&amp;البحث عن الشبكات مجددًا</translation>
    </message>
    <message>
        <source>&amp;End the forum…</source>
        <translation>&amp;إنهاء المنتدى…</translation>
    </message>
    <message>
        <source>&amp;Close the console</source>
        <translation>&amp;إغلاق وحدة التحكم</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
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
        <source>&amp;Question</source>
        <translation>&amp;السؤال</translation>
    </message>
    <message>
        <source>&amp;Previous question</source>
        <translation>السؤال ال&amp;سابق</translation>
    </message>
    <message>
        <source>&amp;Next question</source>
        <translation>السؤال ال&amp;تالي</translation>
    </message>
    <message>
        <source>&amp;Open / close for answers</source>
        <translation>&amp;فتح / إغلاق الإجابات</translation>
    </message>
    <message>
        <source>&amp;Reveal / hide results</source>
        <translation>&amp;إظهار / إخفاء النتائج</translation>
    </message>
    <message>
        <source>Start / pause the &amp;timer</source>
        <translation>تشغيل / إيقاف ال&amp;مؤقت مؤقتًا</translation>
    </message>
    <message>
        <source>&amp;Blank the projector</source>
        <translation>&amp;شاشة سوداء على العارض</translation>
    </message>
    <message>
        <source>Show the &amp;welcome slide</source>
        <translation>عرض شريحة ال&amp;ترحيب</translation>
    </message>
    <message>
        <source>Show “You said, we did” (&amp;follow-up)</source>
        <translation>عرض «قلتم، ففعلنا» (&amp;المتابعة)</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>&amp;الإجابة</translation>
    </message>
    <message>
        <source>&amp;Hide / show on the projector</source>
        <translation>&amp;إخفاء / إظهار على العارض</translation>
    </message>
    <message>
        <source>Appro&amp;ve for the projector (review first)</source>
        <translation>&amp;الموافقة للعرض (المراجعة أولًا)</translation>
    </message>
    <message>
        <source>&amp;Star / unstar</source>
        <translation>&amp;تمييز بنجمة / إزالتها</translation>
    </message>
    <message>
        <source>&amp;Tag with a theme</source>
        <translation>&amp;تصنيف تحت محور</translation>
    </message>
    <message>
        <source>Show answers to &amp;all questions</source>
        <translation>عرض إجابات &amp;كل الأسئلة</translation>
    </message>
    <message>
        <source>&amp;Search answers</source>
        <translation>&amp;البحث في الإجابات</translation>
    </message>
    <message>
        <source>S&amp;potlight on the projector</source>
        <translation>&amp;إبراز على العارض</translation>
    </message>
    <message>
        <source>Next page of the answer &amp;wall</source>
        <translation>الصفحة التالية من &amp;جدار الإجابات</translation>
    </message>
    <message>
        <source>Previous page of the answer wall</source>
        <translation>الصفحة السابقة من جدار الإجابات</translation>
    </message>
    <message>
        <source>Turn the wall&apos;s pages every {seconds} seconds</source>
        <translation>تقليب صفحات الجدار كل {seconds} ثوانٍ</translation>
    </message>
    <message>
        <source>Themes &amp;slide on the projector</source>
        <translation>&amp;شريحة المحاور على العارض</translation>
    </message>
    <message>
        <source>Suggest th&amp;emes…</source>
        <translation>اقتراح م&amp;حاور…</translation>
    </message>
    <message>
        <source>Select si&amp;milar answers</source>
        <translation>تحديد الإجابات ال&amp;مشابهة</translation>
    </message>
    <message>
        <source>Suggest the theme of the &amp;rest…</source>
        <translation>اقتراح محور &amp;البقية…</translation>
    </message>
    <message>
        <source>Near-&amp;duplicates…</source>
        <translation>&amp;إجابات شبه مكررة…</translation>
    </message>
    <message>
        <source>Count apart a&amp;gain</source>
        <translation>العدّ &amp;منفصلًا مرة أخرى</translation>
    </message>
    <message>
        <source>Theme {number}</source>
        <translation>المحور {number}</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;الملاحظات</translation>
    </message>
    <message>
        <source>&amp;Note box</source>
        <translation>&amp;خانة الملاحظة</translation>
    </message>
    <message>
        <source>&amp;Back to the presenter keys</source>
        <translation>&amp;العودة إلى مفاتيح العرض</translation>
    </message>
    <message>
        <source>&amp;Room counts</source>
        <translation>&amp;العدّ في القاعة</translation>
    </message>
    <message>
        <source>&amp;Commitments</source>
        <translation>&amp;الالتزامات</translation>
    </message>
    <message>
        <source>T&amp;hemes</source>
        <translation>&amp;المحاور</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>Show the &amp;projector</source>
        <translation>إظهار &amp;العارض</translation>
    </message>
    <message>
        <source>H&amp;ide the projector</source>
        <translation>&amp;إخفاء العارض</translation>
    </message>
    <message>
        <source>Projector &amp;full screen</source>
        <translation>العارض بملء ال&amp;شاشة</translation>
    </message>
    <message>
        <source>Projector &amp;screen</source>
        <translation>&amp;شاشة العارض</translation>
    </message>
    <message>
        <source>Projector &amp;theme</source>
        <translation>&amp;مظهر العارض</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;فاتح</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;داكن</translation>
    </message>
    <message>
        <source>Create themes in the Themes tab</source>
        <translation>أنشئ المحاور في تبويب «المحاور»</translation>
    </message>
    <message>
        <source>Tag with theme &amp;number (1–9)</source>
        <translation>التصنيف حسب &amp;رقم المحور (1–9)</translation>
    </message>
    <message>
        <source>Hide the answers</source>
        <translation>إخفاء الإجابات</translation>
    </message>
    <message>
        <source>Show the answers again</source>
        <translation>إظهار الإجابات من جديد</translation>
    </message>
    <message>
        <source>Star the answers</source>
        <translation>تمييز الإجابات بنجمة</translation>
    </message>
    <message>
        <source>Remove the stars</source>
        <translation>إزالة النجوم</translation>
    </message>
    <message>
        <source>Tag the answers</source>
        <translation>تصنيف الإجابات</translation>
    </message>
    <message>
        <source>Untag the answers</source>
        <translation>إلغاء تصنيف الإجابات</translation>
    </message>
    <message>
        <source>Select an answer to read it in full, hide it (H), star it (S) or tag it.</source>
        <translation>حدّد إجابة لقراءتها كاملة أو إخفائها (H) أو تمييزها بنجمة (S) أو تصنيفها.</translation>
    </message>
    <message>
        <source>Projector (hidden): {slide}</source>
        <translation>العارض (مخفي): {slide}</translation>
    </message>
    <message>
        <source>Projector (full screen on {screen}): {slide}</source>
        <translation>العارض (ملء الشاشة على {screen}): {slide}</translation>
    </message>
    <message>
        <source>Projector (in a window): {slide}</source>
        <translation>العارض (في نافذة): {slide}</translation>
    </message>
    <message>
        <source>open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>results shown</source>
        <translation>النتائج معروضة</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>لا إجابات</numerusform>
            <numerusform>إجابة واحدة</numerusform>
            <numerusform>إجابتان</numerusform>
            <numerusform>%n إجابات</numerusform>
            <numerusform>%n إجابة</numerusform>
            <numerusform>%n إجابة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Someone is voting repeatedly on question {number}: one network address tried %n more vote(s) than a phone may send. Those votes were refused and are not counted.</source>
        <translation>
            <numerusform>هناك من يصوّت مرارًا على السؤال {number}: حاول عنوان شبكة واحد إرسال أصوات أكثر مما يُسمح للهاتف. رُفضت ولم تُحتسب.</numerusform>
            <numerusform>هناك من يصوّت مرارًا على السؤال {number}: حاول عنوان شبكة واحد إرسال صوت واحد زائد عمّا يُسمح للهاتف. رُفض ولم يُحتسب.</numerusform>
            <numerusform>هناك من يصوّت مرارًا على السؤال {number}: حاول عنوان شبكة واحد إرسال صوتين زائدين عمّا يُسمح للهاتف. رُفضا ولم يُحتسبا.</numerusform>
            <numerusform>هناك من يصوّت مرارًا على السؤال {number}: حاول عنوان شبكة واحد إرسال %n أصوات زائدة عمّا يُسمح للهاتف. رُفضت ولم تُحتسب.</numerusform>
            <numerusform>هناك من يصوّت مرارًا على السؤال {number}: حاول عنوان شبكة واحد إرسال %n صوتًا زائدًا عمّا يُسمح للهاتف. رُفضت ولم تُحتسب.</numerusform>
            <numerusform>هناك من يصوّت مرارًا على السؤال {number}: حاول عنوان شبكة واحد إرسال %n صوت زائد عمّا يُسمح للهاتف. رُفضت ولم تُحتسب.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Someone is voting repeatedly: one network address tried %n more vote(s) than a phone may send. Those votes were refused and are not counted.</source>
        <translation>
            <numerusform>هناك من يصوّت مرارًا: حاول عنوان شبكة واحد إرسال أصوات أكثر مما يُسمح للهاتف. رُفضت ولم تُحتسب.</numerusform>
            <numerusform>هناك من يصوّت مرارًا: حاول عنوان شبكة واحد إرسال صوت واحد زائد عمّا يُسمح للهاتف. رُفض ولم يُحتسب.</numerusform>
            <numerusform>هناك من يصوّت مرارًا: حاول عنوان شبكة واحد إرسال صوتين زائدين عمّا يُسمح للهاتف. رُفضا ولم يُحتسبا.</numerusform>
            <numerusform>هناك من يصوّت مرارًا: حاول عنوان شبكة واحد إرسال %n أصوات زائدة عمّا يُسمح للهاتف. رُفضت ولم تُحتسب.</numerusform>
            <numerusform>هناك من يصوّت مرارًا: حاول عنوان شبكة واحد إرسال %n صوتًا زائدًا عمّا يُسمح للهاتف. رُفضت ولم تُحتسب.</numerusform>
            <numerusform>هناك من يصوّت مرارًا: حاول عنوان شبكة واحد إرسال %n صوت زائد عمّا يُسمح للهاتف. رُفضت ولم تُحتسب.</numerusform>
        </translation>
    </message>
    <message>
        <source>Phones are still connected</source>
        <translation>ما زالت هواتف متصلة</translation>
    </message>
    <message>
        <source>The attendee server is running. Stop it and close the console? The forum stays open so you can resume it later with the same code.</source>
        <translation>خادم المشاركين يعمل. هل توقفه وتغلق وحدة التحكم؟ يبقى المنتدى مفتوحًا لتستأنفه لاحقًا بالرمز نفسه.</translation>
    </message>
    <message>
        <source>Stop and close</source>
        <translation>إيقاف وإغلاق</translation>
    </message>
    <message>
        <source>Rated {rating}</source>
        <translation>التقييم: {rating}</translation>
    </message>
    <message>
        <source>Q{number}</source>
        <translation>س{number}</translation>
    </message>
    <message>
        <source>late</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>مخفية</translation>
    </message>
    <message>
        <source>waiting for review (Y shows it, H hides it)</source>
        <translation>بانتظار المراجعة (Y يُظهرها، H يُخفيها)</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>موافق عليها</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>بالانتظار</translation>
    </message>
    <message>
        <source>Let the room ask</source>
        <translation>السماح للقاعة بطرح الأسئلة</translation>
    </message>
    <message>
        <source>Review first</source>
        <translation>المراجعة أولًا</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>فتح الآن</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>موافقة</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>أُجيب عنه</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>تمييز بنجمة</translation>
    </message>
    <message>
        <source>Answering now (projector)</source>
        <translation>تتم الإجابة الآن (العارض)</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>تصنيف</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>أُجيب عنه</translation>
    </message>
    <message numerus="yes">
        <source>%n asked</source>
        <translation>
            <numerusform>لا أسئلة</numerusform>
            <numerusform>سؤال واحد</numerusform>
            <numerusform>سؤالان</numerusform>
            <numerusform>%n أسئلة</numerusform>
            <numerusform>%n سؤالًا</numerusform>
            <numerusform>%n سؤال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for review</source>
        <translation>
            <numerusform>لا شيء بانتظار المراجعة</numerusform>
            <numerusform>واحد بانتظار المراجعة</numerusform>
            <numerusform>اثنان بانتظار المراجعة</numerusform>
            <numerusform>%n بانتظار المراجعة</numerusform>
            <numerusform>%n بانتظار المراجعة</numerusform>
            <numerusform>%n بانتظار المراجعة</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking is off for this forum.</source>
        <translation>طرح الأسئلة متوقف في هذا المنتدى.</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>لم يُجب عنه</translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation>إزالة النجمة</translation>
    </message>
    <message>
        <source>Reopen the ended forum?</source>
        <translation>إعادة فتح المنتدى المنتهي؟</translation>
    </message>
    <message>
        <source>“{title}” has ended. Take answers again? Phones can then answer its open questions, and the recap will include what they send.</source>
        <translation>انتهى «{title}». هل تستقبل الإجابات مجددًا؟ ستتمكن الهواتف من الإجابة عن أسئلته المفتوحة، وسيتضمن الملخص ما ترسله.</translation>
    </message>
    <message>
        <source>This forum has ended: phones can no longer answer. Answers, notes and results are kept; export the recap when you are ready.</source>
        <translation>انتهى هذا المنتدى: لم يعد بإمكان الهواتف الإجابة. الإجابات والملاحظات والنتائج محفوظة؛ صدّر الملخص متى شئت.</translation>
    </message>
    <message>
        <source>Export the recap…</source>
        <translation>تصدير الملخص…</translation>
    </message>
    <message>
        <source>End the forum?</source>
        <translation>إنهاء المنتدى؟</translation>
    </message>
    <message>
        <source>Every question closes and phones can no longer answer. Answers, notes and results stay as they are.</source>
        <translation>تُغلق كل الأسئلة ولن تتمكن الهواتف من الإجابة. تبقى الإجابات والملاحظات والنتائج كما هي.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Search answers (Ctrl+F)</source>
        <translation>بحث (Ctrl+F)</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>المميزة</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>المخفية</translation>
    </message>
    <message>
        <source>Untagged</source>
        <translation>غير المصنفة</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>المتأخرة</translation>
    </message>
    <message>
        <source>Same answers once</source>
        <translation>دمج المتطابقة</translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation>أي محور</translation>
    </message>
    <message>
        <source>Type what is said in the room, then press Enter</source>
        <translation>اكتب ما يُقال في القاعة، ثم اضغط Enter</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Double-click a note to correct it.</source>
        <translation>انقر نقرًا مزدوجًا على ملاحظة لتصحيحها.</translation>
    </message>
    <message>
        <source>Notes go to question {number}.</source>
        <translation>تُسجَّل الملاحظات للسؤال {number}.</translation>
    </message>
    <message>
        <source>Notes go to the forum as a whole.</source>
        <translation>تُسجَّل الملاحظات للمنتدى كله.</translation>
    </message>
    <message>
        <source>Save room counts</source>
        <translation>حفظ العدّ</translation>
    </message>
    <message>
        <source>Room counts are for choice questions. Go to one to count a show of hands.</source>
        <translation>العدّ في القاعة لأسئلة الاختيار. انتقل إلى أحدها لعدّ الأيدي المرفوعة.</translation>
    </message>
    <message>
        <source>Show of hands for the current question:</source>
        <translation>الأيدي المرفوعة للسؤال الحالي:</translation>
    </message>
    <message>
        <source>Room count for {choice}</source>
        <translation>العدّ في القاعة لـ {choice}</translation>
    </message>
    <message>
        <source>What we will do (goes into the recap). Double-click to edit.</source>
        <translation>ما سنفعله (يدخل في الملخص). انقر نقرًا مزدوجًا للتعديل.</translation>
    </message>
    <message>
        <source>A commitment, then Enter</source>
        <translation>التزام، ثم Enter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Group answers under themes: select an answer, then press the theme&apos;s number (or Answer ▸ Tag). Double-click a theme to rename it.</source>
        <translation>اجمع الإجابات تحت محاور: حدّد إجابة ثم اضغط رقم المحور (أو الإجابة ▸ تصنيف). انقر نقرًا مزدوجًا على محور لإعادة تسميته.</translation>
    </message>
    <message>
        <source>New theme, then Enter</source>
        <translation>محور جديد، ثم Enter</translation>
    </message>
    <message>
        <source>Theme to merge into</source>
        <translation>المحور المراد الدمج فيه</translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation>دمج في</translation>
    </message>
    <message>
        <source>Select a theme in the list, then choose another one to merge it into.</source>
        <translation>حدّد محورًا في القائمة، ثم اختر محورًا آخر لدمجه فيه.</translation>
    </message>
    <message>
        <source>Suggested themes</source>
        <translation>المحاور المقترحة</translation>
    </message>
    <message>
        <source>Tick the themes to keep. Double-click a name to change it; two themes with the same name become one. Nothing is tagged until you press Tag.</source>
        <translation>حدّد المحاور التي تريد إبقاءها. انقر نقرًا مزدوجًا على اسم لتغييره؛ يصبح المحوران المتماثلان في الاسم محورًا واحدًا. لا يُصنَّف شيء قبل أن تضغط «تصنيف».</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s), for example: {example}</source>
        <translation>
            <numerusform>لا إجابات، مثلًا: {example}</numerusform>
            <numerusform>إجابة واحدة، مثلًا: {example}</numerusform>
            <numerusform>إجابتان، مثلًا: {example}</numerusform>
            <numerusform>%n إجابات، مثلًا: {example}</numerusform>
            <numerusform>%n إجابة، مثلًا: {example}</numerusform>
            <numerusform>%n إجابة، مثلًا: {example}</numerusform>
        </translation>
    </message>
    <message>
        <source>Working on the answers…</source>
        <translation>جارٍ العمل على الإجابات…</translation>
    </message>
    <message>
        <source>The answers could not be grouped: {reason}</source>
        <translation>تعذّر تجميع الإجابات: {reason}</translation>
    </message>
    <message>
        <source>There are no visible text answers to group yet.</source>
        <translation>لا توجد بعد إجابات نصية ظاهرة لتجميعها.</translation>
    </message>
    <message>
        <source>Tag the suggested themes</source>
        <translation>التصنيف حسب المحاور المقترحة</translation>
    </message>
    <message numerus="yes">
        <source>%n similar answer(s) selected</source>
        <translation>
            <numerusform>لم تُحدَّد أي إجابة مشابهة</numerusform>
            <numerusform>حُدّدت إجابة مشابهة واحدة</numerusform>
            <numerusform>حُدّدت إجابتان مشابهتان</numerusform>
            <numerusform>حُدّدت %n إجابات مشابهة</numerusform>
            <numerusform>حُدّدت %n إجابة مشابهة</numerusform>
            <numerusform>حُدّدت %n إجابة مشابهة</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag a few answers with each theme first; the rest are then suggested from those examples.</source>
        <translation>صنّف أولًا بعض الإجابات تحت كل محور؛ ثم تُقترح البقية استنادًا إلى تلك الأمثلة.</translation>
    </message>
    <message>
        <source>{theme}: {count} ({surer} surer)</source>
        <translation>{theme}: {count} (منها {surer} أوضح)</translation>
    </message>
    <message>
        <source>Tag the rest?</source>
        <translation>تصنيف البقية؟</translation>
    </message>
    <message numerus="yes">
        <source>%n untagged answer(s), by the examples you tagged:</source>
        <translation>
            <numerusform>لا إجابات غير مصنفة، وفق الأمثلة التي صنّفتها:</numerusform>
            <numerusform>إجابة واحدة غير مصنفة، وفق الأمثلة التي صنّفتها:</numerusform>
            <numerusform>إجابتان غير مصنفتين، وفق الأمثلة التي صنّفتها:</numerusform>
            <numerusform>%n إجابات غير مصنفة، وفق الأمثلة التي صنّفتها:</numerusform>
            <numerusform>%n إجابة غير مصنفة، وفق الأمثلة التي صنّفتها:</numerusform>
            <numerusform>%n إجابة غير مصنفة، وفق الأمثلة التي صنّفتها:</numerusform>
        </translation>
    </message>
    <message>
        <source>The surer half are those your examples point to most clearly. Tag only them, and the others stay untagged for you to check (filter: Untagged).</source>
        <translation>النصف الأوضح هو الإجابات التي تشير إليها أمثلتك بأكبر وضوح. صنّفها وحدها، وتبقى الأخرى غير مصنفة لتراجعها (عامل التصفية: غير المصنفة).</translation>
    </message>
    <message numerus="yes">
        <source>Tag the surer %n</source>
        <translation>
            <numerusform>تصنيف الأوضح (%n)</numerusform>
            <numerusform>تصنيف الإجابة الأوضح</numerusform>
            <numerusform>تصنيف الإجابتين الأوضح</numerusform>
            <numerusform>تصنيف %n إجابات الأوضح</numerusform>
            <numerusform>تصنيف %n إجابة الأوضح</numerusform>
            <numerusform>تصنيف %n إجابة الأوضح</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag all %n</source>
        <translation>
            <numerusform>تصنيف الكل (%n)</numerusform>
            <numerusform>تصنيف الإجابة الوحيدة</numerusform>
            <numerusform>تصنيف الإجابتين</numerusform>
            <numerusform>تصنيف الإجابات الـ%n</numerusform>
            <numerusform>تصنيف الإجابات الـ%n</numerusform>
            <numerusform>تصنيف الإجابات الـ%n</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag the rest</source>
        <translation>تصنيف الباقي</translation>
    </message>
    <message>
        <source>Near-duplicates</source>
        <translation>إجابات شبه مكررة</translation>
    </message>
    <message>
        <source>No answers to this question differ only by a typo, a plural or a word added.</source>
        <translation>لا توجد إجابات على هذا السؤال تختلف فقط بخطأ مطبعي أو صيغة جمع أو كلمة مضافة.</translation>
    </message>
    <message>
        <source>These answers are not counted together by your choice: answers that differ only in case, accents, punctuation or spacing always count once.</source>
        <translation>لم تُجمع هذه الإجابات باختيارك: الإجابات التي تختلف فقط في حالة الأحرف أو علامات التشكيل أو الترقيم أو المسافات تُحسب دائمًا مرة واحدة.</translation>
    </message>
    <message>
        <source>Counted apart again: each text is its own row.</source>
        <translation>فُصلت من جديد: لكل نص سطره الخاص.</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>محور جديد</translation>
    </message>
    <message>
        <source>Edit the note</source>
        <translation>تعديل الملاحظة</translation>
    </message>
    <message>
        <source>Delete the note</source>
        <translation>حذف الملاحظة</translation>
    </message>
    <message>
        <source>Rename the theme</source>
        <translation>إعادة تسمية المحور</translation>
    </message>
    <message>
        <source>Delete the theme</source>
        <translation>حذف المحور</translation>
    </message>
    <message>
        <source>Merge the themes</source>
        <translation>دمج المحاور</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>▶ السابق</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>التالي ◀</translation>
    </message>
    <message>
        <source>Open/close</source>
        <translation>فتح/إغلاق</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>إظهار</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>المؤقت</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>شاشة سوداء</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>الترحيب</translation>
    </message>
    <message>
        <source> s</source>
        <translation> ث</translation>
    </message>
    <message>
        <source>Length of the timer</source>
        <translation>مدة المؤقت</translation>
    </message>
    <message>
        <source>Close at zero</source>
        <translation>الإغلاق عند الصفر</translation>
    </message>
    <message>
        <source>Close the question for answers when the timer reaches zero</source>
        <translation>إغلاق السؤال أمام الإجابات عندما يصل المؤقت إلى الصفر</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation>{action} ({keys})</translation>
    </message>
    <message>
        <source>No question shown yet</source>
        <translation>لم يُعرض أي سؤال بعد</translation>
    </message>
    <message>
        <source>Press → (or Space) to show question 1 of {count}.</source>
        <translation>اضغط → (أو المسافة) لعرض السؤال 1 من {count}.</translation>
    </message>
    <message>
        <source>No questions yet</source>
        <translation>لا أسئلة بعد</translation>
    </message>
    <message>
        <source>Add questions in the forum editor.</source>
        <translation>أضف أسئلة في محرر المنتدى.</translation>
    </message>
    <message>
        <source>Question {number} of {count}</source>
        <translation>السؤال {number} من {count}</translation>
    </message>
    <message>
        <source>open for answers</source>
        <translation>مفتوح للإجابات</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <source>Hide results</source>
        <translation>إخفاء النتائج</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message numerus="yes">
        <source>%n late answer(s)</source>
        <translation>
            <numerusform>لا إجابات متأخرة</numerusform>
            <numerusform>إجابة متأخرة واحدة</numerusform>
            <numerusform>إجابتان متأخرتان</numerusform>
            <numerusform>%n إجابات متأخرة</numerusform>
            <numerusform>%n إجابة متأخرة</numerusform>
            <numerusform>%n إجابة متأخرة</numerusform>
        </translation>
    </message>
    <message>
        <source>{problem}. Check the disk and the file&apos;s permissions, then try again.</source>
        <translation>{problem}. تحقق من القرص ومن أذونات الملف، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>Something went wrong: {problem}</source>
        <translation>حدث خطأ: {problem}</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>PDF recap — shareable with the partner</source>
        <translation>ملخص PDF — قابل للمشاركة مع الشريك</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>HTML recap — shareable with the partner (accessible, reads on a phone)</source>
        <translation>ملخص HTML — قابل للمشاركة مع الشريك (سهل الوصول، يُقرأ على الهاتف)</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>ملفات HTML (*.html)</translation>
    </message>
    <message>
        <source>Spreadsheet recap (XLSX) — shareable with the partner</source>
        <translation>ملخص جدول بيانات (XLSX) — قابل للمشاركة مع الشريك</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنفات Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV — shareable with the partner (masked, no small groups, no ids or times)</source>
        <translation>CSV — قابل للمشاركة مع الشريك (مُقنَّع، بلا مجموعات صغيرة ولا معرّفات ولا أوقات)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON — shareable with the partner (same rules as the CSV)</source>
        <translation>JSON — قابل للمشاركة مع الشريك (القواعد نفسها كملف CSV)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>ملفات JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV — INTERNAL, for you only (every answer, small groups, ids and times)</source>
        <translation>CSV — داخلي، لك وحدك (كل الإجابات والمجموعات الصغيرة والمعرّفات والأوقات)</translation>
    </message>
    <message>
        <source>JSON — INTERNAL, for you only (the whole forum)</source>
        <translation>JSON — داخلي، لك وحدك (المنتدى كاملًا)</translation>
    </message>
    <message>
        <source>Export — {title}</source>
        <translation>تصدير — {title}</translation>
    </message>
    <message>
        <source>Choose what to export, review identifying details, then press Export.</source>
        <translation>اختر ما تريد تصديره، وراجع التفاصيل المُعرِّفة، ثم اضغط «تصدير».</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>فتح ملف PDF</translation>
    </message>
    <message>
        <source>Erase what people typed…</source>
        <translation>محو ما كتبه الناس…</translation>
    </message>
    <message>
        <source>After the recap is shared: delete the answer texts and room notes, keep the counts</source>
        <translation>بعد مشاركة الملخص: احذف نصوص الإجابات وملاحظات القاعة، واحتفظ بالأعداد</translation>
    </message>
    <message>
        <source>1. Files</source>
        <translation>1. الملفات</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>2. Review identifying details before sharing</source>
        <translation>2. راجع التفاصيل المُعرِّفة قبل المشاركة</translation>
    </message>
    <message>
        <source>These answers and room notes contain something that may identify a person (an e-mail address, a phone number, a name...). Each is masked (for example [email removed]) in the recap, the exports, the projector and the phones&apos; results, unless you tick “Keep” — e.g. when someone asked to be contacted. The same detail elsewhere follows your choice.</source>
        <translation>تحتوي هذه الإجابات وملاحظات القاعة على ما قد يكشف هوية شخص (بريد إلكتروني، رقم هاتف، اسم…). يُقنَّع كل تفصيل (مثل [email removed]) في الملخص والتصديرات والعارض ونتائج الهواتف، ما لم تحدّد «إبقاء» — كأن يطلب أحدهم أن يُتواصل معه. ويتبع التفصيل نفسه في مواضع أخرى اختيارك.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>إبقاء</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>ما وُجد</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <source>As it will be shared</source>
        <translation>كما سيُشارَك</translation>
    </message>
    <message>
        <source>No answer or room note contains identifying details.</source>
        <translation>لا تحتوي أي إجابة أو ملاحظة قاعة على تفاصيل مُعرِّفة.</translation>
    </message>
    <message>
        <source>3. Preview of the first pages</source>
        <translation>3. معاينة الصفحات الأولى</translation>
    </message>
    <message>
        <source>The first pages of the recap appear here after the export.</source>
        <translation>تظهر الصفحات الأولى من الملخص هنا بعد التصدير.</translation>
    </message>
    <message>
        <source>Keep this detail unmasked everywhere in this forum</source>
        <translation>إبقاء هذا التفصيل دون تقنيع في كل أنحاء هذا المنتدى</translation>
    </message>
    <message>
        <source>Answer to Q{number}</source>
        <translation>إجابة عن س{number}</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>إجابة</translation>
    </message>
    <message>
        <source>Room note on Q{number}</source>
        <translation>ملاحظة قاعة عن س{number}</translation>
    </message>
    <message>
        <source>Room note</source>
        <translation>ملاحظة قاعة</translation>
    </message>
    <message>
        <source>Found: {detail}&lt;br&gt;As typed: {text}</source>
        <translation>ما وُجد: {detail}&lt;br&gt;كما كُتب: {text}</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>التصدير إلى</translation>
    </message>
    <message>
        <source>Tick at least one format and give it a file name.</source>
        <translation>حدّد صيغة واحدة على الأقل وأعطها اسم ملف.</translation>
    </message>
    <message>
        <source>Check the recap details: {reason}</source>
        <translation>تحقق من تفاصيل الملخص: {reason}</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <source>Exported {files}</source>
        <translation>صُدِّر: {files}</translation>
    </message>
    <message numerus="yes">
        <source>the recap has %n page(s)</source>
        <translation>
            <numerusform>الملخص بلا صفحات</numerusform>
            <numerusform>الملخص صفحة واحدة</numerusform>
            <numerusform>الملخص صفحتان</numerusform>
            <numerusform>الملخص %n صفحات</numerusform>
            <numerusform>الملخص %n صفحة</numerusform>
            <numerusform>الملخص %n صفحة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identifying detail(s) masked</source>
        <translation>
            <numerusform>لم يُقنَّع أي تفصيل مُعرِّف</numerusform>
            <numerusform>قُنِّع تفصيل مُعرِّف واحد</numerusform>
            <numerusform>قُنِّع تفصيلان مُعرِّفان</numerusform>
            <numerusform>قُنِّعت %n تفاصيل مُعرِّفة</numerusform>
            <numerusform>قُنِّع %n تفصيلًا مُعرِّفًا</numerusform>
            <numerusform>قُنِّع %n تفصيل مُعرِّف</numerusform>
        </translation>
    </message>
    <message>
        <source>The export did not complete: {reason}</source>
        <translation>لم يكتمل التصدير: {reason}</translation>
    </message>
    <message>
        <source>No preview: the page renderer (pypdfium2) is not installed or no PDF was exported. Use “Open PDF” to see the recap.</source>
        <translation>لا معاينة: مُصيّر الصفحات (pypdfium2) غير مثبّت أو لم يُصدَّر ملف PDF. استخدم «فتح ملف PDF» لرؤية الملخص.</translation>
    </message>
    <message>
        <source>Please wait until the export has finished.</source>
        <translation>يُرجى الانتظار حتى ينتهي التصدير.</translation>
    </message>
    <message>
        <source>How attendees join</source>
        <translation>كيف ينضم المشاركون</translation>
    </message>
    <message>
        <source>Before the room arrives</source>
        <translation>قبل وصول الحضور</translation>
    </message>
    <message>
        <source>Connect the laptop to the network the attendees will use and start the forum&apos;s attendee server from the console. The console and the projector&apos;s welcome slide show a QR code, the join address and a six-letter code.</source>
        <translation>صِل الحاسوب بالشبكة التي سيستخدمها المشاركون وشغّل خادم المشاركين من وحدة التحكم. تعرض وحدة التحكم وشريحة الترحيب على العارض رمز QR وعنوان الانضمام ورمزًا من ستة أحرف.</translation>
    </message>
    <message>
        <source>In the room</source>
        <translation>في القاعة</translation>
    </message>
    <message>
        <source>Attendees scan the QR code with their phone&apos;s camera, or type the address. No app, no account, no name: answers are anonymous. Phones only need to be on the same network as this laptop; no internet is needed.</source>
        <translation>يمسح المشاركون رمز QR بكاميرا هواتفهم، أو يكتبون العنوان. بلا تطبيق ولا حساب ولا اسم: الإجابات مجهولة الهوية. يكفي أن تكون الهواتف على الشبكة نفسها التي عليها هذا الحاسوب؛ لا حاجة إلى الإنترنت.</translation>
    </message>
    <message>
        <source>When phones cannot reach the laptop</source>
        <translation>حين لا تصل الهواتف إلى الحاسوب</translation>
    </message>
    <message>
        <source>Many venue and guest Wi-Fi networks keep devices apart. To tell, open the join address on your own phone, on the same Wi-Fi: if the page does not load while the console shows the server running, the network is blocking it. Then bring a pocket router, or turn on this laptop&apos;s or a phone&apos;s hotspot, and have everyone join that network; the console&apos;s Network list picks up the new address (click Refresh).</source>
        <translation>تعزل كثير من شبكات Wi-Fi في القاعات وشبكات الضيوف الأجهزة بعضها عن بعض. لتتأكد، افتح عنوان الانضمام على هاتفك على شبكة Wi-Fi نفسها: إن لم تُحمَّل الصفحة بينما تُظهر وحدة التحكم أن الخادم يعمل، فالشبكة تحجبها. عندها أحضر موجّهًا محمولًا، أو شغّل نقطة اتصال هذا الحاسوب أو أحد الهواتف، واطلب من الجميع الانضمام إليها؛ تلتقط قائمة «الشبكة» في وحدة التحكم العنوان الجديد (انقر «تحديث»).</translation>
    </message>
    <message>
        <source>If the laptop has several networks</source>
        <translation>إن كان للحاسوب عدة شبكات</translation>
    </message>
    <message>
        <source>Choose the one the room uses in the console&apos;s Network list; the QR code follows.</source>
        <translation>اختر الشبكة التي تستخدمها القاعة من قائمة «الشبكة» في وحدة التحكم؛ ويتبعها رمز QR.</translation>
    </message>
    <message>
        <source>Welcome to forumdesk</source>
        <translation>مرحبًا بك في forumdesk</translation>
    </message>
    <message>
        <source>Run a listening forum: questions on the projector, anonymous answers from phones, notes from the room, and a recap for your partner. Everything stays on this laptop.</source>
        <translation>أدِر منتدى استماع: أسئلة على العارض، وإجابات مجهولة الهوية من الهواتف، وملاحظات من القاعة، وملخص لشريكك. يبقى كل شيء على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Create your first forum…</source>
        <translation>أنشئ منتداك الأول…</translation>
    </message>
    <message>
        <source>Open the demo forum</source>
        <translation>فتح المنتدى التجريبي</translation>
    </message>
    <message>
        <source>Edit forum</source>
        <translation>تعديل المنتدى</translation>
    </message>
    <message>
        <source>New forum</source>
        <translation>منتدى جديد</translation>
    </message>
    <message>
        <source>e.g. Spring listening forum with the college&apos;s careers service</source>
        <translation>مثلًا: منتدى استماع الربيع مع مكتب التوظيف في الكلية</translation>
    </message>
    <message>
        <source>Who runs the forum, e.g. Northwind Logistics (on the recap&apos;s cover)</source>
        <translation>من يدير المنتدى، مثلًا Northwind Logistics (على غلاف الملخص)</translation>
    </message>
    <message>
        <source>How the partner reaches you, e.g. Dana Reyes, careers@northwind.example</source>
        <translation>كيف يتواصل معك الشريك، مثلًا Dana Reyes، careers@northwind.example</translation>
    </message>
    <message>
        <source>Partners…</source>
        <translation>الشركاء…</translation>
    </message>
    <message>
        <source>The room follows me, question by question</source>
        <translation>تتبعني القاعة سؤالًا بسؤال</translation>
    </message>
    <message>
        <source>Everyone answers at their own pace</source>
        <translation>يجيب كلٌّ على هواه</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>Phones that were offline send their answers when they are back. Answers to a question that closed less than this long ago are kept, marked late (0: never).</source>
        <translation>ترسل الهواتف التي كانت غير متصلة إجاباتها عند عودتها. تُحفظ إجابات سؤال أُغلق منذ أقل من هذه المدة، مع وسمها بأنها متأخرة (0: أبدًا).</translation>
    </message>
    <message>
        <source>Review open answers before the room sees them</source>
        <translation>مراجعة الإجابات المفتوحة قبل أن تراها القاعة</translation>
    </message>
    <message>
        <source>Open answers reach the projector and the phones&apos; results only once you approve them in the console (Y approves, H hides).</source>
        <translation>لا تصل الإجابات المفتوحة إلى العارض ونتائج الهواتف إلا بعد موافقتك عليها في وحدة التحكم (Y للموافقة، H للإخفاء).</translation>
    </message>
    <message>
        <source>Attendees may change a choice or rating while the question is open</source>
        <translation>يمكن للمشاركين تغيير اختيار أو تقييم ما دام السؤال مفتوحًا</translation>
    </message>
    <message>
        <source>Still one vote per phone: a change replaces that phone&apos;s earlier vote.</source>
        <translation>يبقى لكل هاتف صوت واحد: التغيير يحل محل صوته السابق.</translation>
    </message>
    <message>
        <source>The recap is written in this language; phones whose own language forumdesk does not speak show this one.</source>
        <translation>يُكتب التقرير بهذه اللغة؛ وتعرضها الهواتف التي لا يتحدث forumdesk لغتها.</translation>
    </message>
    <message>
        <source>The app&apos;s language at export</source>
        <translation>لغة التطبيق عند التصدير</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>الشريك</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>المنظِّم</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>الإيقاع</translation>
    </message>
    <message>
        <source>Late answers taken for</source>
        <translation>تُقبل الإجابات المتأخرة خلال</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>الأصوات</translation>
    </message>
    <message>
        <source>Recap language</source>
        <translation>لغة التقرير</translation>
    </message>
    <message>
        <source>Questions (drag, or Ctrl+Up and Ctrl+Down, to reorder)</source>
        <translation>الأسئلة (اسحب، أو Ctrl+أعلى وCtrl+أسفل، لإعادة الترتيب)</translation>
    </message>
    <message>
        <source>Add question…</source>
        <translation>إضافة سؤال…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>تحريك لأعلى</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>تحريك لأسفل</translation>
    </message>
    <message>
        <source>Save as set…</source>
        <translation>حفظ كمجموعة…</translation>
    </message>
    <message>
        <source>Add from a set</source>
        <translation>إضافة من مجموعة</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>لا أسئلة</numerusform>
            <numerusform>سؤال واحد</numerusform>
            <numerusform>سؤالان</numerusform>
            <numerusform>%n أسئلة</numerusform>
            <numerusform>%n سؤالًا</numerusform>
            <numerusform>%n سؤال</numerusform>
        </translation>
    </message>
    <message>
        <source>{title} — {count} (saved)</source>
        <translation>{title} — {count} (محفوظة)</translation>
    </message>
    <message>
        <source>Save as a question set</source>
        <translation>حفظ كمجموعة أسئلة</translation>
    </message>
    <message>
        <source>Name of the set:</source>
        <translation>اسم المجموعة:</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>حُفظ</translation>
    </message>
    <message>
        <source>The questions are saved as the set “{title}”.</source>
        <translation>حُفظت الأسئلة كمجموعة «{title}».</translation>
    </message>
    <message>
        <source>Choose a partner (or add one with Partners…).</source>
        <translation>اختر شريكًا (أو أضف واحدًا من «الشركاء…»).</translation>
    </message>
    <message>
        <source>Remove answered questions?</source>
        <translation>إزالة أسئلة لها إجابات؟</translation>
    </message>
    <message numerus="yes">
        <source>%n of the questions you removed already have answers. Remove them together with their answers?</source>
        <translation>
            <numerusform>لا أسئلة محذوفة لها إجابات. هل تُزال مع إجاباتها؟</numerusform>
            <numerusform>أحد الأسئلة التي أزلتها له إجابات. هل يُزال مع إجاباته؟</numerusform>
            <numerusform>سؤالان مما أزلته لهما إجابات. هل يُزالان مع إجاباتهما؟</numerusform>
            <numerusform>%n أسئلة مما أزلته لها إجابات. هل تُزال مع إجاباتها؟</numerusform>
            <numerusform>%n سؤالًا مما أزلته لها إجابات. هل تُزال مع إجاباتها؟</numerusform>
            <numerusform>%n سؤال مما أزلته لها إجابات. هل تُزال مع إجاباتها؟</numerusform>
        </translation>
    </message>
    <message>
        <source>Open text</source>
        <translation>نص مفتوح</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>اختيار واحد</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>اختيار متعدد</translation>
    </message>
    <message>
        <source>Rating scale</source>
        <translation>مقياس تقييم</translation>
    </message>
    <message>
        <source>Short words (word cloud)</source>
        <translation>كلمات قصيرة (سحابة كلمات)</translation>
    </message>
    <message>
        <source>Content slide (no answers)</source>
        <translation>شريحة معلومات (بلا إجابات)</translation>
    </message>
    <message>
        <source>Educational institution</source>
        <translation>مؤسسة تعليمية</translation>
    </message>
    <message>
        <source>Professional association</source>
        <translation>جمعية مهنية</translation>
    </message>
    <message>
        <source>Community group</source>
        <translation>مجموعة مجتمعية</translation>
    </message>
    <message>
        <source>Advocacy group</source>
        <translation>مجموعة مناصرة</translation>
    </message>
    <message>
        <source>Employment non-profit</source>
        <translation>منظمة توظيف غير ربحية</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>عنوان بريد إلكتروني</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>رقم هاتف</translation>
    </message>
    <message>
        <source>@handle</source>
        <translation>@معرّف</translation>
    </message>
    <message>
        <source>profile link</source>
        <translation>رابط ملف شخصي</translation>
    </message>
    <message>
        <source>postal address</source>
        <translation>عنوان بريدي</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>رقم هوية</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>رقم IBAN</translation>
    </message>
    <message>
        <source>person&apos;s name</source>
        <translation>اسم شخص</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>running now</source>
        <translation>جارٍ الآن</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>منتهٍ</translation>
    </message>
    <message>
        <source>Choose all that apply on your phone</source>
        <translation>اختر على هاتفك كل ما ينطبق</translation>
    </message>
    <message>
        <source>Rate it on your phone</source>
        <translation>قيّم على هاتفك</translation>
    </message>
    <message>
        <source>Choose one on your phone</source>
        <translation>اختر إجابة واحدة على هاتفك</translation>
    </message>
    <message>
        <source>Answer on your phone, in your own words</source>
        <translation>أجب على هاتفك بكلماتك</translation>
    </message>
    <message>
        <source>Answer on your phone with a few words</source>
        <translation>أجب على هاتفك ببضع كلمات</translation>
    </message>
    <message>
        <source>Your answer…</source>
        <translation>إجابتك…</translation>
    </message>
    <message>
        <source>welcome</source>
        <translation>الترحيب</translation>
    </message>
    <message>
        <source>question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>شاشة سوداء</translation>
    </message>
    <message>
        <source>you said, we did</source>
        <translation>قلتم، ففعلنا</translation>
    </message>
    <message>
        <source>spotlight</source>
        <translation>إبراز</translation>
    </message>
    <message>
        <source>themes</source>
        <translation>المحاور</translation>
    </message>
    <message>
        <source>the room&apos;s questions</source>
        <translation>أسئلة القاعة</translation>
    </message>
    <message>
        <source>Search forums, partners and venues</source>
        <translation>ابحث في المنتديات والشركاء والأماكن</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>المنتدى</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>New forum…</source>
        <translation>منتدى جديد…</translation>
    </message>
    <message>
        <source>Run ▶</source>
        <translation>تشغيل ◀</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>تكرار</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>قاعدة بيانات &amp;جديدة…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;فتح قاعدة بيانات…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>فتح ملف &amp;حديث</translation>
    </message>
    <message>
        <source>Save a &amp;backup copy…</source>
        <translation>حفظ &amp;نسخة احتياطية…</translation>
    </message>
    <message>
        <source>Re&amp;store from a backup…</source>
        <translation>&amp;استعادة من نسخة احتياطية…</translation>
    </message>
    <message>
        <source>Export a forum &amp;bundle…</source>
        <translation>تصدير &amp;حزمة منتدى…</translation>
    </message>
    <message>
        <source>&amp;Import a forum bundle…</source>
        <translation>&amp;استيراد حزمة منتدى…</translation>
    </message>
    <message>
        <source>&amp;Export recap…</source>
        <translation>&amp;تصدير الملخص…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>F&amp;orum</source>
        <translation>ال&amp;منتدى</translation>
    </message>
    <message>
        <source>&amp;New forum…</source>
        <translation>منتدى &amp;جديد…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <source>&amp;Run (live console)</source>
        <translation>&amp;تشغيل (وحدة التحكم المباشرة)</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;تكرار</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <source>&amp;Partners…</source>
        <translation>&amp;الشركاء…</translation>
    </message>
    <message>
        <source>Partner &amp;page…</source>
        <translation>&amp;صفحة الشريك…</translation>
    </message>
    <message>
        <source>&amp;Compare forums…</source>
        <translation>&amp;مقارنة المنتديات…</translation>
    </message>
    <message>
        <source>Create a &amp;demo forum</source>
        <translation>إنشاء منتدى &amp;تجريبي</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;الإعدادات</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <source>&amp;How attendees join…</source>
        <translation>&amp;كيف ينضم المشاركون…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;اللغة</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>forumdesk will be in {language} the next time it starts.</source>
        <translation>سيظهر forumdesk بـ{language} عند تشغيله في المرة القادمة.</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>لا ملفات حديثة</translation>
    </message>
    <message>
        <source>Delete forum?</source>
        <translation>حذف المنتدى؟</translation>
    </message>
    <message numerus="yes">
        <source>Delete “{title}” with its %n answer(s), notes and commitments? This cannot be undone (save a backup copy first if unsure).</source>
        <translation>
            <numerusform>حذف «{title}» مع ملاحظاته والتزاماته (لا إجابات فيه)؟ لا يمكن التراجع عن ذلك (احفظ نسخة احتياطية أولًا إن لم تكن متأكدًا).</numerusform>
            <numerusform>حذف «{title}» مع إجابته الوحيدة وملاحظاته والتزاماته؟ لا يمكن التراجع عن ذلك (احفظ نسخة احتياطية أولًا إن لم تكن متأكدًا).</numerusform>
            <numerusform>حذف «{title}» مع إجابتيه وملاحظاته والتزاماته؟ لا يمكن التراجع عن ذلك (احفظ نسخة احتياطية أولًا إن لم تكن متأكدًا).</numerusform>
            <numerusform>حذف «{title}» مع إجاباته الـ%n وملاحظاته والتزاماته؟ لا يمكن التراجع عن ذلك (احفظ نسخة احتياطية أولًا إن لم تكن متأكدًا).</numerusform>
            <numerusform>حذف «{title}» مع إجاباته الـ%n وملاحظاته والتزاماته؟ لا يمكن التراجع عن ذلك (احفظ نسخة احتياطية أولًا إن لم تكن متأكدًا).</numerusform>
            <numerusform>حذف «{title}» مع إجاباته الـ%n وملاحظاته والتزاماته؟ لا يمكن التراجع عن ذلك (احفظ نسخة احتياطية أولًا إن لم تكن متأكدًا).</numerusform>
        </translation>
    </message>
    <message>
        <source>“{title}” was still running when forumdesk closed. Resume it with the same code {code} on port {port}? Phones that were connected reconnect by themselves.</source>
        <translation>كان «{title}» لا يزال جاريًا عند إغلاق forumdesk. هل تستأنفه بالرمز نفسه {code} على المنفذ {port}؟ تعيد الهواتف المتصلة الاتصال من تلقاء نفسها.</translation>
    </message>
    <message>
        <source>“{title}” was still running when forumdesk closed. Resume it with the same code {code}? Phones that were connected reconnect by themselves.</source>
        <translation>كان «{title}» لا يزال جاريًا عند إغلاق forumdesk. هل تستأنفه بالرمز نفسه {code}؟ تعيد الهواتف المتصلة الاتصال من تلقاء نفسها.</translation>
    </message>
    <message>
        <source>Resume the forum?</source>
        <translation>استئناف المنتدى؟</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>قاعدة بيانات جديدة</translation>
    </message>
    <message>
        <source>forumdesk databases (*.sqlite)</source>
        <translation>قواعد بيانات forumdesk (*.sqlite)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>فتح قاعدة بيانات</translation>
    </message>
    <message>
        <source>forumdesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>قواعد بيانات forumdesk (*.sqlite *.db);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Close the live consoles first.</source>
        <translation>أغلق وحدات التحكم المباشرة أولًا.</translation>
    </message>
    <message>
        <source>forumdesk cannot open that file</source>
        <translation>لا يستطيع forumdesk فتح هذا الملف</translation>
    </message>
    <message>
        <source>Save a backup copy</source>
        <translation>حفظ نسخة احتياطية</translation>
    </message>
    <message>
        <source>The backup copy was not written: {reason}</source>
        <translation>لم تُكتب النسخة الاحتياطية: {reason}</translation>
    </message>
    <message>
        <source>Backup copy saved to {path}.</source>
        <translation>حُفظت النسخة الاحتياطية في {path}.</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>الشركاء</translation>
    </message>
    <message>
        <source>Contact person, goals, anything useful before the next forum</source>
        <translation>الشخص المسؤول، الأهداف، وكل ما يفيد قبل المنتدى القادم</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Delete partner?</source>
        <translation>حذف الشريك؟</translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>حذف {name}؟</translation>
    </message>
    <message>
        <source>Compare these forums…</source>
        <translation>مقارنة هذه المنتديات…</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>الالتزام</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>ما أُنجز</translation>
    </message>
    <message>
        <source>Forums over time</source>
        <translation>المنتديات عبر الزمن</translation>
    </message>
    <message>
        <source>Commitments (edit owner, due date, status and what was done here)</source>
        <translation>الالتزامات (عدّل هنا المسؤول والموعد والحالة وما أُنجز)</translation>
    </message>
    <message>
        <source>Partner: {name}</source>
        <translation>الشريك: {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n forum(s)</source>
        <translation>
            <numerusform>لا منتديات</numerusform>
            <numerusform>منتدى واحد</numerusform>
            <numerusform>منتديان</numerusform>
            <numerusform>%n منتديات</numerusform>
            <numerusform>%n منتدى</numerusform>
            <numerusform>%n منتدى</numerusform>
        </translation>
    </message>
    <message>
        <source>Asked at more than one forum: </source>
        <translation>طُرح في أكثر من منتدى: </translation>
    </message>
    <message>
        <source>No question was asked at more than one forum yet.</source>
        <translation>لم يُطرح أي سؤال في أكثر من منتدى بعد.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>لم يُحفظ: {reason}</translation>
    </message>
    <message>
        <source>Listening forum</source>
        <translation>منتدى استماع</translation>
    </message>
    <message>
        <source>Select a question</source>
        <translation>اختر سؤالًا</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <source>Anonymous — no names collected</source>
        <translation>مجهول الهوية — لا تُجمع أسماء</translation>
    </message>
    <message>
        <source>On the projector</source>
        <translation>على العارض</translation>
    </message>
    <message>
        <source>On a phone</source>
        <translation>على هاتف</translation>
    </message>
    <message>
        <source>forumdesk — projector</source>
        <translation>forumdesk — العارض</translation>
    </message>
    <message>
        <source>The question, as the room will read it</source>
        <translation>السؤال كما ستقرؤه القاعة</translation>
    </message>
    <message>
        <source>One choice per line (2 to 12)</source>
        <translation>اختيار واحد في كل سطر (من 2 إلى 12)</translation>
    </message>
    <message>
        <source>What the room reads under the title (up to {count} characters)</source>
        <translation>ما يقرؤه الحضور تحت العنوان (حتى {count} حرف)</translation>
    </message>
    <message>
        <source>Choose image…</source>
        <translation>اختيار صورة…</translation>
    </message>
    <message>
        <source>Remove image</source>
        <translation>إزالة الصورة</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>نص السؤال</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>الخيارات</translation>
    </message>
    <message>
        <source>Lowest value</source>
        <translation>أدنى قيمة</translation>
    </message>
    <message>
        <source>Highest value</source>
        <translation>أعلى قيمة</translation>
    </message>
    <message>
        <source>Lowest means</source>
        <translation>أدنى قيمة تعني</translation>
    </message>
    <message>
        <source>Highest means</source>
        <translation>أعلى قيمة تعني</translation>
    </message>
    <message>
        <source>Longest answer (characters)</source>
        <translation>أطول إجابة (بالأحرف)</translation>
    </message>
    <message>
        <source>Words per answer</source>
        <translation>الكلمات في كل إجابة</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <source>Choose the slide&apos;s image</source>
        <translation>اختيار صورة الشريحة</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>الصور ({patterns})</translation>
    </message>
    <message>
        <source>Image not used</source>
        <translation>لم تُستخدم الصورة</translation>
    </message>
    <message>
        <source>{reason} The slide keeps its image as it was.</source>
        <translation>{reason} تحتفظ الشريحة بصورتها كما كانت.</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>لا صورة</translation>
    </message>
    <message>
        <source>{format} image, {size} KB</source>
        <translation>صورة {format}، {size} ك.ب</translation>
    </message>
    <message>
        <source>(a smaller copy for phones: the file was {size} KB)</source>
        <translation>(نسخة أصغر للهواتف: كان حجم الملف {size} كيلوبايت)</translation>
    </message>
    <message>
        <source>The lowest value ({low}) must be below the highest value ({high}).</source>
        <translation>يجب أن تكون أدنى قيمة ({low}) أقل من أعلى قيمة ({high}).</translation>
    </message>
    <message>
        <source>A rating scale can have at most {steps} steps.</source>
        <translation>لا يتجاوز مقياس التقييم {steps} درجة.</translation>
    </message>
    <message>
        <source>Edit question</source>
        <translation>تعديل السؤال</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>سؤال جديد</translation>
    </message>
    <message>
        <source>Recap details (added to the PDF, HTML and spreadsheet)</source>
        <translation>تفاصيل الملخص (تُضاف إلى PDF وHTML وجدول البيانات)</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>لم يُعدّ</translation>
    </message>
    <message>
        <source>People in the room (your count)</source>
        <translation>عدد الحاضرين (حسب عدّك)</translation>
    </message>
    <message>
        <source>e.g. about “{theme}”: …</source>
        <translation>مثلًا عن «{theme}»: …</translation>
    </message>
    <message>
        <source>What did the room tell you?</source>
        <translation>ماذا قالت لك القاعة؟</translation>
    </message>
    <message>
        <source>Thing we heard {number}</source>
        <translation>ما سمعناه {number}</translation>
    </message>
    <message>
        <source>List questions that were never asked, marked “not asked”</source>
        <translation>إدراج الأسئلة التي لم تُطرح، مع وسمها «لم يُطرح»</translation>
    </message>
    <message>
        <source>Due date (YYYY-MM-DD)</source>
        <translation>الموعد (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Commitments: owner and due date</source>
        <translation>الالتزامات: المسؤول والموعد</translation>
    </message>
    <message>
        <source>automatic copy while a forum ran</source>
        <translation>نسخة تلقائية أثناء منتدى</translation>
    </message>
    <message>
        <source>when a forum ended</source>
        <translation>عند انتهاء منتدى</translation>
    </message>
    <message>
        <source>when the attendee server stopped</source>
        <translation>عند توقف خادم المشاركين</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n بايت</numerusform>
            <numerusform>%n بايت</numerusform>
            <numerusform>%n بايت</numerusform>
            <numerusform>%n بايت</numerusform>
            <numerusform>%n بايت</numerusform>
            <numerusform>%n بايت</numerusform>
        </translation>
    </message>
    <message>
        <source>KB</source>
        <translation>ك.ب</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>م.ب</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <source>Choose the copy to put back. Everything saved after it is replaced; the current file is kept aside first, so nothing is deleted.</source>
        <translation>اختر النسخة المراد إرجاعها. يُستبدل كل ما حُفظ بعدها؛ ويُنحّى الملف الحالي جانبًا أولًا، فلا يُحذف شيء.</translation>
    </message>
    <message>
        <source>No automatic backups yet (they are kept in {folder}).</source>
        <translation>لا نسخ احتياطية تلقائية بعد (تُحفظ في {folder}).</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>استعادة…</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>اختيار ملف آخر…</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>الاستعادة من ملف</translation>
    </message>
    <message>
        <source>That is the database file in use: choose a backup copy.</source>
        <translation>هذا ملف قاعدة البيانات المستخدَم: اختر نسخة احتياطية.</translation>
    </message>
    <message>
        <source>An attendee server is starting or stopping. Try again in a moment.</source>
        <translation>خادم مشاركين قيد التشغيل أو الإيقاف. حاول بعد لحظات.</translation>
    </message>
    <message>
        <source>Put back {backup} in place of {database}? Everything saved after that copy is replaced. The current file is kept aside first, as {stem}-before-restore-&lt;date&gt;-&lt;time&gt;.sqlite in {folder}, so nothing is lost.</source>
        <translation>إرجاع {backup} مكان {database}؟ يُستبدل كل ما حُفظ بعد تلك النسخة. ويُنحّى الملف الحالي أولًا باسم {stem}-before-restore-&lt;التاريخ&gt;-&lt;الوقت&gt;.sqlite في {folder}، فلا يضيع شيء.</translation>
    </message>
    <message>
        <source>{names}: taking answers right now. The attendee server stops, phones cannot answer until you start it again, and the consoles close.</source>
        <translation>{names}: يستقبل الإجابات الآن. سيتوقف خادم المشاركين، ولن تتمكن الهواتف من الإجابة حتى تعيد تشغيله، وستُغلق وحدات التحكم.</translation>
    </message>
    <message>
        <source>The open consoles close.</source>
        <translation>ستُغلق وحدات التحكم المفتوحة.</translation>
    </message>
    <message>
        <source>Restore this copy?</source>
        <translation>استعادة هذه النسخة؟</translation>
    </message>
    <message>
        <source>Stop and restore</source>
        <translation>إيقاف واستعادة</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>Restoring… (the attendee servers stop first)</source>
        <translation>جارٍ الاستعادة… (تتوقف خوادم المشاركين أولًا)</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>جارٍ الاستعادة…</translation>
    </message>
    <message>
        <source>The file as it was before is kept as {path}.</source>
        <translation>حُفظ الملف كما كان في {path}.</translation>
    </message>
    <message>
        <source>Restored the copy {name}.</source>
        <translation>استُعيدت النسخة {name}.</translation>
    </message>
    <message>
        <source>This copy cannot be restored</source>
        <translation>لا يمكن استعادة هذه النسخة</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>لم يتغير شيء.</translation>
    </message>
    <message>
        <source>{name} was not restored: {reason}</source>
        <translation>لم تُستعد {name}: {reason}</translation>
    </message>
    <message>
        <source>forumdesk cannot open its data file</source>
        <translation>لا يستطيع forumdesk فتح ملف بياناته</translation>
    </message>
    <message>
        <source>Use File ▸ Open database… to open another file.</source>
        <translation>استخدم ملف ▸ فتح قاعدة بيانات… لفتح ملف آخر.</translation>
    </message>
    <message>
        <source>Erase every answer text and room note of “{title}”?

The counts, choices, ratings and themes stay, so the recap can still be exported without the texts. This cannot be undone; backups made before still hold the texts.</source>
        <translation>محو كل نصوص الإجابات وملاحظات القاعة في «{title}»؟

تبقى الأعداد والاختيارات والتقييمات والمحاور، فيمكن تصدير الملخص دون النصوص. لا يمكن التراجع عن ذلك؛ والنسخ الاحتياطية السابقة ما زالت تحوي النصوص.</translation>
    </message>
    <message>
        <source>Erase what people typed</source>
        <translation>محو ما كتبه الناس</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>محو</translation>
    </message>
    <message>
        <source>Keep the texts</source>
        <translation>الإبقاء على النصوص</translation>
    </message>
    <message>
        <source>Erased {answers} and {notes}; the counts are kept.</source>
        <translation>مُحيت {answers} و{notes}؛ وحُفظت الأعداد.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer text(s)</source>
        <translation>
            <numerusform>لا نصوص إجابات</numerusform>
            <numerusform>نص إجابة واحد</numerusform>
            <numerusform>نصا إجابتين</numerusform>
            <numerusform>%n نصوص إجابات</numerusform>
            <numerusform>%n نص إجابة</numerusform>
            <numerusform>%n نص إجابة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n room note(s)</source>
        <translation>
            <numerusform>لا ملاحظات قاعة</numerusform>
            <numerusform>ملاحظة قاعة واحدة</numerusform>
            <numerusform>ملاحظتا قاعة</numerusform>
            <numerusform>%n ملاحظات قاعة</numerusform>
            <numerusform>%n ملاحظة قاعة</numerusform>
            <numerusform>%n ملاحظة قاعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Texts kept for more than %n day(s)</source>
        <translation>
            <numerusform>نصوص محفوظة منذ أكثر من %n يوم</numerusform>
            <numerusform>نصوص محفوظة منذ أكثر من يوم</numerusform>
            <numerusform>نصوص محفوظة منذ أكثر من يومين</numerusform>
            <numerusform>نصوص محفوظة منذ أكثر من %n أيام</numerusform>
            <numerusform>نصوص محفوظة منذ أكثر من %n يومًا</numerusform>
            <numerusform>نصوص محفوظة منذ أكثر من %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop reminding me</source>
        <translation>أوقف التذكير</translation>
    </message>
    <message numerus="yes">
        <source>These forums are more than %n day(s) old and still hold what people typed:</source>
        <translation>
            <numerusform>عمر هذه المنتديات أكثر من %n يوم وما زالت تحوي ما كتبه الناس:</numerusform>
            <numerusform>عمر هذه المنتديات أكثر من يوم وما زالت تحوي ما كتبه الناس:</numerusform>
            <numerusform>عمر هذه المنتديات أكثر من يومين وما زالت تحوي ما كتبه الناس:</numerusform>
            <numerusform>عمر هذه المنتديات أكثر من %n أيام وما زالت تحوي ما كتبه الناس:</numerusform>
            <numerusform>عمر هذه المنتديات أكثر من %n يومًا وما زالت تحوي ما كتبه الناس:</numerusform>
            <numerusform>عمر هذه المنتديات أكثر من %n يوم وما زالت تحوي ما كتبه الناس:</numerusform>
        </translation>
    </message>
    <message>
        <source>If the recaps are shared, erase the texts from each forum&apos;s Export dialog (“Erase what people typed…”) or with `forumdesk erase --forum ID`.</source>
        <translation>إن كانت الملخصات قد شوركت، فامحُ النصوص من نافذة «تصدير» في كل منتدى («محو ما كتبه الناس…») أو بالأمر `forumdesk erase --forum ID`.</translation>
    </message>
    <message>
        <source>● Not taking answers</source>
        <translation>● لا يستقبل الإجابات</translation>
    </message>
    <message>
        <source>Start taking answers</source>
        <translation>بدء استقبال الإجابات</translation>
    </message>
    <message>
        <source>Stop server</source>
        <translation>إيقاف الخادم</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>لم يبدأ</translation>
    </message>
    <message>
        <source>Code {code}</source>
        <translation>الرمز {code}</translation>
    </message>
    <message>
        <source>The network address phones use to reach this laptop</source>
        <translation>عنوان الشبكة الذي تصل به الهواتف إلى هذا الحاسوب</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Look for networks again (after joining the room&apos;s Wi-Fi)</source>
        <translation>البحث عن الشبكات مجددًا (بعد الانضمام إلى شبكة Wi-Fi القاعة)</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) connected</source>
        <translation>
            <numerusform>لا هواتف متصلة</numerusform>
            <numerusform>هاتف واحد متصل</numerusform>
            <numerusform>هاتفان متصلان</numerusform>
            <numerusform>%n هواتف متصلة</numerusform>
            <numerusform>%n هاتفًا متصلًا</numerusform>
            <numerusform>%n هاتف متصل</numerusform>
        </translation>
    </message>
    <message>
        <source>QR code
once started</source>
        <translation>رمز QR
بعد التشغيل</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>الشبكة:</translation>
    </message>
    <message>
        <source>127.0.0.1 (this laptop only)</source>
        <translation>127.0.0.1 (هذا الحاسوب فقط)</translation>
    </message>
    <message>
        <source>No network found: only this laptop can join. Connect to the room&apos;s Wi-Fi or your pocket router, then click Refresh.</source>
        <translation>لم يُعثر على شبكة: هذا الحاسوب وحده يستطيع الانضمام. اتصل بشبكة Wi-Fi القاعة أو بموجّهك المحمول، ثم انقر «تحديث».</translation>
    </message>
    <message numerus="yes">
        <source>This laptop is on %n networks. Check that the address under Network is the one the room&apos;s phones are on.</source>
        <translation>
            <numerusform>هذا الحاسوب ليس على أي شبكة. تحقق من أن العنوان تحت «الشبكة» هو شبكة هواتف القاعة.</numerusform>
            <numerusform>هذا الحاسوب على شبكة واحدة. تحقق من أن العنوان تحت «الشبكة» هو شبكة هواتف القاعة.</numerusform>
            <numerusform>هذا الحاسوب على شبكتين. تحقق من أن العنوان تحت «الشبكة» هو شبكة هواتف القاعة.</numerusform>
            <numerusform>هذا الحاسوب على %n شبكات. تحقق من أن العنوان تحت «الشبكة» هو شبكة هواتف القاعة.</numerusform>
            <numerusform>هذا الحاسوب على %n شبكة. تحقق من أن العنوان تحت «الشبكة» هو شبكة هواتف القاعة.</numerusform>
            <numerusform>هذا الحاسوب على %n شبكة. تحقق من أن العنوان تحت «الشبكة» هو شبكة هواتف القاعة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>جارٍ التشغيل…</translation>
    </message>
    <message>
        <source>Port {requested} was taken by another program, so the server uses port {port}. Phones that joined before must scan the new QR code.</source>
        <translation>كان المنفذ {requested} مشغولًا ببرنامج آخر، فصار الخادم يستخدم المنفذ {port}. على الهواتف التي انضمت من قبل مسح رمز QR الجديد.</translation>
    </message>
    <message>
        <source>The attendee server did not start: {reason} Phones cannot answer until it runs; close other programs using the network port, then Start again.</source>
        <translation>لم يبدأ خادم المشاركين: {reason} لن تتمكن الهواتف من الإجابة حتى يعمل؛ أغلق البرامج الأخرى التي تستخدم منفذ الشبكة، ثم شغّله مجددًا.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>جارٍ الإيقاف…</translation>
    </message>
    <message>
        <source>Stopped — phones cannot answer</source>
        <translation>متوقف — لا تستطيع الهواتف الإجابة</translation>
    </message>
    <message>
        <source>The join address is 127.0.0.1: only this laptop can join. Choose a network address under Network.</source>
        <translation>عنوان الانضمام هو 127.0.0.1: هذا الحاسوب وحده يستطيع الانضمام. اختر عنوان شبكة تحت «الشبكة».</translation>
    </message>
    <message>
        <source>Saving works again: answers are stored as they arrive, and phones send the ones they kept by themselves.</source>
        <translation>عاد الحفظ يعمل: تُخزَّن الإجابات فور وصولها، وترسل الهواتف من تلقاء نفسها ما احتفظت به.</translation>
    </message>
    <message>
        <source>● Taking answers</source>
        <translation>● يستقبل الإجابات</translation>
    </message>
    <message>
        <source>● Starting…</source>
        <translation>● جارٍ التشغيل…</translation>
    </message>
    <message>
        <source>The attendee server is not available in this build</source>
        <translation>خادم المشاركين غير متاح في هذا الإصدار</translation>
    </message>
    <message>
        <source>Questions from the room</source>
        <translation>أسئلة من القاعة</translation>
    </message>
    <message>
        <source>No questions yet: ask on your phone</source>
        <translation>لا أسئلة بعد: اسأل من هاتفك</translation>
    </message>
    <message numerus="yes">
        <source>+ %n more on the phones</source>
        <translation>
            <numerusform>+ %n أخرى على الهواتف</numerusform>
            <numerusform>+ سؤال آخر على الهواتف</numerusform>
            <numerusform>+ سؤالان آخران على الهواتف</numerusform>
            <numerusform>+ %n أسئلة أخرى على الهواتف</numerusform>
            <numerusform>+ %n سؤالًا آخر على الهواتف</numerusform>
            <numerusform>+ %n سؤال آخر على الهواتف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from phones   ·   %n counted in the room</source>
        <translation>
            <numerusform>من الهواتف   ·   لا أحد عُدّ في القاعة</numerusform>
            <numerusform>من الهواتف   ·   واحد عُدّ في القاعة</numerusform>
            <numerusform>من الهواتف   ·   اثنان عُدّا في القاعة</numerusform>
            <numerusform>من الهواتف   ·   %n عُدّوا في القاعة</numerusform>
            <numerusform>من الهواتف   ·   %n عُدّوا في القاعة</numerusform>
            <numerusform>من الهواتف   ·   %n عُدّوا في القاعة</numerusform>
        </translation>
    </message>
    <message>
        <source>Room count</source>
        <translation>العدّ في القاعة</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>الهواتف</translation>
    </message>
    <message>
        <source>ONE ANSWER</source>
        <translation>إجابة واحدة</translation>
    </message>
    <message>
        <source>THEMES</source>
        <translation>المحاور</translation>
    </message>
    <message>
        <source>QUESTION {number}</source>
        <translation>السؤال {number}</translation>
    </message>
    <message numerus="yes">
        <source>written by %n people</source>
        <translation>
            <numerusform>لم يكتبها أحد</numerusform>
            <numerusform>كتبها شخص واحد</numerusform>
            <numerusform>كتبها شخصان</numerusform>
            <numerusform>كتبها %n أشخاص</numerusform>
            <numerusform>كتبها %n شخصًا</numerusform>
            <numerusform>كتبها %n شخص</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n theme(s)</source>
        <translation>
            <numerusform>لا محاور</numerusform>
            <numerusform>محور واحد</numerusform>
            <numerusform>محوران</numerusform>
            <numerusform>%n محاور</numerusform>
            <numerusform>%n محورًا</numerusform>
            <numerusform>%n محور</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tagged answer(s)</source>
        <translation>
            <numerusform>لا إجابات مصنفة</numerusform>
            <numerusform>إجابة مصنفة واحدة</numerusform>
            <numerusform>إجابتان مصنفتان</numerusform>
            <numerusform>%n إجابات مصنفة</numerusform>
            <numerusform>%n إجابة مصنفة</numerusform>
            <numerusform>%n إجابة مصنفة</numerusform>
        </translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(بلا نص)</translation>
    </message>
    <message>
        <source>No themes tagged yet</source>
        <translation>لم تُصنَّف محاور بعد</translation>
    </message>
    <message numerus="yes">
        <source>%n more theme(s)</source>
        <translation>
            <numerusform>لا محاور أخرى</numerusform>
            <numerusform>محور آخر</numerusform>
            <numerusform>محوران آخران</numerusform>
            <numerusform>%n محاور أخرى</numerusform>
            <numerusform>%n محورًا آخر</numerusform>
            <numerusform>%n محور آخر</numerusform>
        </translation>
    </message>
    <message>
        <source>{address}   ·   code {code}</source>
        <translation>{address}   ·   الرمز {code}</translation>
    </message>
    <message>
        <source>SINCE LAST TIME</source>
        <translation>منذ المرة الماضية</translation>
    </message>
    <message>
        <source>You said, we did</source>
        <translation>قلتم، ففعلنا</translation>
    </message>
    <message>
        <source>Nothing was carried over from the last forum.</source>
        <translation>لم يُنقل شيء من المنتدى السابق.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more in the recap</source>
        <translation>
            <numerusform>… و%n أخرى في الملخص</numerusform>
            <numerusform>… وواحد آخر في الملخص</numerusform>
            <numerusform>… واثنان آخران في الملخص</numerusform>
            <numerusform>… و%n أخرى في الملخص</numerusform>
            <numerusform>… و%n أخرى في الملخص</numerusform>
            <numerusform>… و%n أخرى في الملخص</numerusform>
        </translation>
    </message>
    <message>
        <source>QUESTION {number} OF {total}</source>
        <translation>السؤال {number} من {total}</translation>
    </message>
    <message>
        <source>QUESTION</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>No question yet</source>
        <translation>لا سؤال بعد</translation>
    </message>
    <message numerus="yes">
        <source>answer(s)</source>
        <comment>the word after the answer count</comment>
        <translation>
            <numerusform>إجابة</numerusform>
            <numerusform>إجابة</numerusform>
            <numerusform>إجابتان</numerusform>
            <numerusform>إجابات</numerusform>
            <numerusform>إجابة</numerusform>
            <numerusform>إجابة</numerusform>
        </translation>
    </message>
    <message>
        <source>RESULTS · QUESTION {number} OF {total}</source>
        <translation>النتائج · السؤال {number} من {total}</translation>
    </message>
    <message>
        <source>RESULTS</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>No answers yet</source>
        <translation>لا إجابات بعد</translation>
    </message>
    <message>
        <source>average out of {max}</source>
        <translation>المتوسط من {max}</translation>
    </message>
    <message>
        <source>No answers to show</source>
        <translation>لا إجابات لعرضها</translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation>الصفحة {page} من {pages}</translation>
    </message>
    <message>
        <source>LISTENING FORUM</source>
        <translation>منتدى استماع</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Scan the code with your phone&apos;s camera, or open</source>
        <translation>امسح الرمز بكاميرا هاتفك، أو افتح</translation>
    </message>
    <message>
        <source>with {partner}</source>
        <translation>مع {partner}</translation>
    </message>
    <message>
        <source>No words yet</source>
        <translation>لا كلمات بعد</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>فتح ملف آخر…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Open a forumdesk database</source>
        <translation>فتح قاعدة بيانات forumdesk</translation>
    </message>
    <message>
        <source>Something went wrong: {problem}

Everything saved before is safe. Details are in the log file.</source>
        <translation>حدث خطأ: {problem}

كل ما حُفظ من قبل في أمان. التفاصيل في ملف السجل.</translation>
    </message>
    <message>
        <source>These answers differ only by a typo, a plural or a word added. Tick the groups that say the same thing: each is then counted once, ×N, here, on the projector and in the recap. Every answer stays stored as it was typed.</source>
        <translation>تختلف هذه الإجابات فقط بخطأ مطبعي أو صيغة جمع أو كلمة مضافة. حدّد المجموعات التي تقول الشيء نفسه: تُحسب كل منها عندئذ مرة واحدة، ×N، هنا وعلى جهاز العرض وفي الملخص. تبقى كل إجابة محفوظة كما كُتبت.</translation>
    </message>
    <message>
        <source>Count as the same</source>
        <translation>احسبها إجابة واحدة</translation>
    </message>
</context>
</TS>
