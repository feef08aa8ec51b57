// Labels in Arabic (default, right-to-left) and English.
export const LABELS = {
  ar: {
    title: 'مرصد: أحداث الأخبار العربية', toggle: 'English', events: 'الأحداث', dyad: 'الثنائيات', network: 'الشبكة',
    map: 'الخريطة', article: 'المقال', from: 'من', to: 'إلى', actor: 'الفاعل', country: 'البلد', cameo: 'رمز CAMEO',
    root: 'الجذر', quad: 'الفئة', modality: 'الصيغة', q: 'بحث في النص', apply: 'تطبيق', reset: 'مسح', prev: 'السابق',
    next: 'التالي', day: 'اليوم', source: 'المصدر', target: 'الهدف', code: 'الرمز', goldstein: 'غولدشتاين',
    evidence: 'الدليل', doc: 'المقال', any: 'الكل', a: 'الفاعل أ', b: 'الفاعل ب', by: 'حسب', show: 'عرض',
    byday: 'يوم', byweek: 'أسبوع', bymonth: 'شهر', q1: 'تعاون لفظي', q2: 'تعاون مادي', q3: 'نزاع لفظي',
    q4: 'نزاع مادي', gsum: 'مجموع غولدشتاين', rule: 'القاعدة', noEvents: 'لا أحداث', noData: 'لا بيانات',
    documents: 'مقالات', eventsCount: 'أحداث', page: 'صفحة', location: 'المكان', openDoc: 'فتح المقال',
    asserted: 'مؤكد', planned: 'مخطط', negated: 'منفي', hypothetical: 'افتراضي', reported: 'منقول', loading: 'جار التحميل…',
    notFound: 'غير موجود', error: 'خطأ',
  },
  en: {
    title: 'marsad: Arabic news events', toggle: 'العربية', events: 'Events', dyad: 'Dyad', network: 'Network',
    map: 'Map', article: 'Article', from: 'From', to: 'To', actor: 'Actor', country: 'Country', cameo: 'CAMEO code',
    root: 'Root', quad: 'Quad class', modality: 'Modality', q: 'Text search', apply: 'Apply', reset: 'Reset', prev: 'Previous',
    next: 'Next', day: 'Day', source: 'Source', target: 'Target', code: 'Code', goldstein: 'Goldstein',
    evidence: 'Evidence', doc: 'Article', any: 'Any', a: 'Actor A', b: 'Actor B', by: 'By', show: 'Show',
    byday: 'day', byweek: 'week', bymonth: 'month', q1: 'Verbal cooperation', q2: 'Material cooperation',
    q3: 'Verbal conflict', q4: 'Material conflict', gsum: 'Goldstein sum', rule: 'Rule', noEvents: 'No events',
    noData: 'No data', documents: 'documents', eventsCount: 'events', page: 'page', location: 'Location',
    openDoc: 'Open article', asserted: 'asserted', planned: 'planned', negated: 'negated', hypothetical: 'hypothetical',
    reported: 'reported', loading: 'Loading…', notFound: 'Not found', error: 'Error',
  },
};

let lang = 'ar';
export function currentLang() { return lang; }
export function t(key) { return (LABELS[lang] && LABELS[lang][key]) || LABELS.en[key] || key; }

// Sets the language: <html lang dir>, every [data-i18n] label and [data-i18n-placeholder].
export function setLang(next) {
  lang = next === 'en' ? 'en' : 'ar';
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of document.querySelectorAll('[data-i18n-placeholder]')) el.placeholder = t(el.dataset.i18nPlaceholder);
  document.title = t('title');
  try { localStorage.setItem('marsad.lang', lang); } catch { /* storage disabled */ }
}
