/* presslib._textscan: two loops over characters that Python runs slowly.
 *
 * scan()   text.py's word, sentence and question counts in one pass a text, and the texts'
 *          UTF-8 bytes for an Arrow string column in the same call;
 * walk()   the turns' text cut from a transcript at its labels and asides, with their lines
 *          (transcript._walk, which states the same in Python);
 * short_lines()  where a transcript's short lines are, the candidates for NATO-style labels
 *          (layout._short_lines).
 *
 * Python states both in full and stays the reference; it is used where the install had no C
 * compiler. The counting rules are text.py's (word_spans, sentence_spans; text.py also keeps a
 * numpy version of the counts), and tests/test_text.py holds all three to the same answers. In
 * short:
 *
 *   word      a run of letters or digits (str.isalnum); a run that a single joiner (- ' ’ .)
 *             links to the run before it belongs to that run's word;
 *   sentence  ends after a run of terminators (. ! ? …) and any closers (" ' ’ ” ) ]) that is
 *             followed by white space or the text's end, unless the run is one full stop after
 *             a known abbreviation or a single capital; a paragraph break ("\n\n") and the
 *             text's end end one too; a stretch without a letter or digit is no sentence;
 *   question  a sentence whose terminator run holds a "?".
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>

enum { ALNUM = 1, SPACE = 2, JOINER = 4, TERMINATOR = 8, CLOSER = 16, QUESTION = 32, STOP = 64,
       NEWLINE = 128 };
enum { JOINER_SHIFT = 2 };  /* JOINER >> JOINER_SHIFT == ALNUM */

static unsigned
char_flags(Py_UCS4 ch)
{
    unsigned f = 0;
    if (Py_UNICODE_ISALNUM(ch)) f |= ALNUM;
    if (Py_UNICODE_ISSPACE(ch)) f |= SPACE;
    if (ch == '-' || ch == '\'' || ch == '.' || ch == 0x2019) f |= JOINER;        /* ’ */
    if (ch == '.' || ch == '!' || ch == '?' || ch == 0x2026) f |= TERMINATOR;      /* … */
    if (ch == '"' || ch == '\'' || ch == ')' || ch == ']' || ch == 0x2019 || ch == 0x201D)
        f |= CLOSER;                                                                /* ’ ” */
    if (ch == '?') f |= QUESTION;
    if (ch == '.') f |= STOP;
    if (ch == '\n') f |= NEWLINE;
    return f;
}

/* The flags of the Basic Multilingual Plane, looked up; those beyond it, worked out. */
static unsigned char bmp_flags[0x10000];

static void
init_flags(void)
{
    for (Py_UCS4 ch = 0; ch < 0x10000; ch++)
        bmp_flags[ch] = (unsigned char)char_flags(ch);
}

#define FLAGS(ch) ((ch) < 0x10000 ? bmp_flags[(ch)] : char_flags(ch))

/* The abbreviations (text.ABBREVIATIONS), each as up to 8 lower-case ASCII letters packed
 * into a uint64; the set itself for words that are not plain ASCII. */
typedef struct {
    uint64_t keys[128];
    Py_ssize_t n;
    PyObject *set;
} Abbreviations;

static int
abbreviation_of(const Abbreviations *abbr, PyObject *text, Py_ssize_t start, Py_ssize_t stop)
{
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    /* Is text[start:stop] (a run of letters and digits) a known abbreviation or an initial? */
    Py_ssize_t len = stop - start;
    if (len == 1 && Py_UNICODE_ISUPPER(PyUnicode_READ(kind, data, start)))
        return 1;
    uint64_t key = 0;
    int ascii = len <= 8;
    for (Py_ssize_t k = 0; ascii && k < len; k++) {
        Py_UCS4 ch = PyUnicode_READ(kind, data, start + k);
        if (ch >= 128) {
            ascii = 0;
            break;
        }
        if (ch >= 'A' && ch <= 'Z') ch += 32;
        key |= (uint64_t)ch << (8 * k);
    }
    if (ascii) {
        Py_ssize_t lo = 0, hi = abbr->n;  /* the keys are sorted */
        while (lo < hi) {
            Py_ssize_t mid = (lo + hi) / 2;
            if (abbr->keys[mid] < key) lo = mid + 1;
            else hi = mid;
        }
        return lo < abbr->n && abbr->keys[lo] == key;
    }
    if (len > 8) {  /* str.lower never shortens a word; the set's words are short */
        return 0;
    }
    PyObject *word = PyUnicode_Substring(text, start, stop);
    if (word == NULL) return -1;
    PyObject *lower = PyObject_CallMethod(word, "lower", NULL);
    Py_DECREF(word);
    if (lower == NULL) return -1;
    int found = PySet_Contains(abbr->set, lower);
    Py_DECREF(lower);
    return found;
}

/* Counts of one text's characters s[0:n], of type T, and the size of its UTF-8 (-1 if it holds a
 * lone surrogate); a template, one function a string kind. Returns 0, or -1 with an exception
 * set. */
#define DEFINE_COUNT(NAME, T)                                                                  \
static int                                                                                     \
NAME(PyObject *text, const T *s, Py_ssize_t n, const Abbreviations *abbr, int64_t *words,      \
     int64_t *sentences, int64_t *questions, int64_t *utf8_size)                               \
{                                                                                              \
    int64_t runs = 0, linked = 0, n_sent = 0, n_q = 0;                                         \
    unsigned f1 = 0, f2 = 0;   /* flags of the two characters before */                        \
    unsigned has_word = 0;     /* a letter or digit since the last sentence end */             \
    for (Py_ssize_t i = 0; i < n; i++) {                                                       \
        Py_UCS4 ch = s[i];                                                                     \
        unsigned f = FLAGS(ch);                                                                \
        /* without branches: letters and spaces alternate too often to predict */              \
        unsigned run_start = f & ~f1 & ALNUM; /* ALNUM is bit 0: 1 where a run starts */       \
        runs += run_start;                                                                     \
        linked += run_start & (f1 >> JOINER_SHIFT) & f2;                                       \
        has_word |= f & ALNUM;                                                                 \
        if (f & (NEWLINE | TERMINATOR)) {  /* rare: one test for the common case */            \
            if (f & NEWLINE) {                                                                 \
                if (i + 1 < n && s[i + 1] == '\n') {                                           \
                    n_sent += has_word; /* a paragraph break ends a sentence */                \
                    has_word = 0;                                                              \
                }                                                                              \
            }                                                                                  \
            else if (!(f1 & TERMINATOR)) {                                                     \
                /* a run of terminators starts here: where would its sentence end? */          \
                Py_ssize_t j = i, stop;                                                        \
                int asks = 0;                                                                  \
                unsigned fj;                                                                   \
                while (j < n && ((fj = FLAGS(s[j])) & TERMINATOR)) {                           \
                    asks |= (fj & QUESTION) != 0;                                              \
                    j++;                                                                       \
                }                                                                              \
                for (stop = j; stop < n && (FLAGS(s[stop]) & CLOSER); stop++)                  \
                    ;                                                                          \
                int ends = stop == n || (FLAGS(s[stop]) & SPACE);                              \
                if (ends && j == i + 1 && (f & STOP) && (f1 & ALNUM)) {                        \
                    Py_ssize_t start = i - 1;                                                  \
                    while (start > 0 && (FLAGS(s[start - 1]) & ALNUM) && i - start <= 8)       \
                        start--;                                                               \
                    int abbreviated = abbreviation_of(abbr, text, start, i);                   \
                    if (abbreviated < 0)                                                       \
                        return -1;                                                             \
                    ends = !abbreviated;                                                       \
                }                                                                              \
                if (ends) {                                                                    \
                    /* the sentence ends at stop; what lies before it from here is             \
                     * terminators and closers, which change nothing: count it now */          \
                    n_sent += has_word;                                                        \
                    n_q += has_word && asks;                                                   \
                    has_word = 0;                                                              \
                }                                                                              \
            }                                                                                  \
        }                                                                                      \
        f2 = f1;                                                                               \
        f1 = f;                                                                                \
    }                                                                                          \
    n_sent += has_word;        /* the text's end ends a sentence */                            \
    *words = runs - linked;                                                                    \
    *sentences = n_sent;                                                                       \
    *questions = n_q;                                                                          \
    /* UTF-8 bytes: one a character, more beyond ASCII (a loop the compiler vectorizes); a     \
     * lone surrogate, which UTF-8 cannot encode, gives -1 */                                  \
    int64_t size = n;                                                                          \
    unsigned surrogate = 0;                                                                    \
    if (!PyUnicode_IS_ASCII(text))                                                             \
        for (Py_ssize_t i = 0; i < n; i++) {                                                   \
            Py_UCS4 ch = s[i];                                                                 \
            size += (ch >= 0x80) + (ch >= 0x800) + (ch >= 0x10000);                            \
            surrogate |= (ch & 0xFFFFF800) == 0xD800;                                          \
        }                                                                                      \
    *utf8_size = surrogate ? -1 : size;                                                        \
    return 0;                                                                                  \
}

/* Writes s[0:n] as UTF-8 at out (no surrogates: count_* has checked); returns the end. */
#define DEFINE_WRITE(NAME, T)                                                                  \
static unsigned char *                                                                         \
NAME(const T *s, Py_ssize_t n, unsigned char *o)                                               \
{                                                                                              \
    for (Py_ssize_t i = 0; i < n; i++) {                                                       \
        Py_UCS4 ch = s[i];                                                                     \
        if (ch < 0x80) {                                                                       \
            *o++ = (unsigned char)ch;                                                          \
        }                                                                                      \
        else if (ch < 0x800) {                                                                 \
            *o++ = 0xC0 | (ch >> 6);                                                           \
            *o++ = 0x80 | (ch & 0x3F);                                                         \
        }                                                                                      \
        else if (ch < 0x10000) {                                                               \
            *o++ = 0xE0 | (ch >> 12);                                                          \
            *o++ = 0x80 | ((ch >> 6) & 0x3F);                                                  \
            *o++ = 0x80 | (ch & 0x3F);                                                         \
        }                                                                                      \
        else {                                                                                 \
            *o++ = 0xF0 | (ch >> 18);                                                          \
            *o++ = 0x80 | ((ch >> 12) & 0x3F);                                                 \
            *o++ = 0x80 | ((ch >> 6) & 0x3F);                                                  \
            *o++ = 0x80 | (ch & 0x3F);                                                         \
        }                                                                                      \
    }                                                                                          \
    return o;                                                                                  \
}

DEFINE_COUNT(count_ucs1, Py_UCS1)
DEFINE_COUNT(count_ucs2, Py_UCS2)
DEFINE_COUNT(count_ucs4, Py_UCS4)
DEFINE_WRITE(write_ucs1, Py_UCS1)
DEFINE_WRITE(write_ucs2, Py_UCS2)
DEFINE_WRITE(write_ucs4, Py_UCS4)

static int
count_one(PyObject *text, const Abbreviations *abbr, int64_t *words, int64_t *sentences,
          int64_t *questions, int64_t *utf8_size)
{
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    const void *data = PyUnicode_DATA(text);
    switch (PyUnicode_KIND(text)) {
    case PyUnicode_1BYTE_KIND:
        return count_ucs1(text, data, n, abbr, words, sentences, questions, utf8_size);
    case PyUnicode_2BYTE_KIND:
        return count_ucs2(text, data, n, abbr, words, sentences, questions, utf8_size);
    default:
        return count_ucs4(text, data, n, abbr, words, sentences, questions, utf8_size);
    }
}

static unsigned char *
write_utf8(PyObject *text, unsigned char *out)
{
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    const void *data = PyUnicode_DATA(text);
    if (PyUnicode_IS_ASCII(text)) {
        memcpy(out, data, n);
        return out + n;
    }
    switch (PyUnicode_KIND(text)) {
    case PyUnicode_1BYTE_KIND:
        return write_ucs1(data, n, out);
    case PyUnicode_2BYTE_KIND:
        return write_ucs2(data, n, out);
    default:
        return write_ucs4(data, n, out);
    }
}

static int
read_abbreviations(PyObject *set, Abbreviations *abbr)
{
    abbr->n = 0;
    abbr->set = set;
    PyObject *it = PyObject_GetIter(set);
    if (it == NULL) return -1;
    PyObject *word;
    while ((word = PyIter_Next(it)) != NULL) {
        Py_ssize_t len;
        /* exactly str: a subclass's __eq__ could run Python code in the middle of a scan */
        const char *s = PyUnicode_CheckExact(word) ? PyUnicode_AsUTF8AndSize(word, &len) : NULL;
        if (s == NULL || len > 8 || abbr->n >= 128) {
            Py_DECREF(word);
            Py_DECREF(it);
            if (!PyErr_Occurred())
                PyErr_SetString(PyExc_ValueError,
                                "abbreviations must be at most 128 str of 8 UTF-8 bytes or fewer");
            return -1;
        }
        uint64_t key = 0;
        for (Py_ssize_t k = 0; k < len; k++)
            key |= (uint64_t)(unsigned char)s[k] << (8 * k);
        Py_ssize_t at = abbr->n++;  /* kept sorted: insertion */
        for (; at > 0 && abbr->keys[at - 1] > key; at--)
            abbr->keys[at] = abbr->keys[at - 1];
        abbr->keys[at] = key;
        Py_DECREF(word);
    }
    Py_DECREF(it);
    return PyErr_Occurred() ? -1 : 0;
}

PyDoc_STRVAR(scan_doc,
"scan(texts, abbreviations, utf8) -> (words, sentences, questions[, data, offsets])\n\n"
"Counts of each text of the list ``texts``, each a bytearray of native int64; with ``utf8``\n"
"true, also the texts' UTF-8 joined (bytes) and where each starts in it, with its end (int64\n"
"bytes, one more than texts).\n"
"``abbreviations`` is a set of lower-case words whose full stop ends no sentence.");

static PyObject *
scan(PyObject *Py_UNUSED(module), PyObject *args)
{
    PyObject *texts, *set;
    int utf8;
    if (!PyArg_ParseTuple(args, "O!O!p", &PyList_Type, &texts, &PyFrozenSet_Type, &set, &utf8))
        return NULL;
    Abbreviations abbr;
    if (read_abbreviations(set, &abbr) < 0) return NULL;
    PyObject *counts[3] = {NULL, NULL, NULL};
    PyObject *data = NULL, *offsets = NULL, *result = NULL;
    if ((texts = PyList_AsTuple(texts)) == NULL) return NULL;
    Py_ssize_t n = PyTuple_GET_SIZE(texts);
    for (int c = 0; c < 3; c++)
        if ((counts[c] = PyByteArray_FromStringAndSize(NULL, n * sizeof(int64_t))) == NULL)
            goto done;
    int64_t *words = (int64_t *)PyByteArray_AS_STRING(counts[0]);
    int64_t *sentences = (int64_t *)PyByteArray_AS_STRING(counts[1]);
    int64_t *questions = (int64_t *)PyByteArray_AS_STRING(counts[2]);
    int64_t *offs = NULL;
    if (utf8) {
        if ((offsets = PyBytes_FromStringAndSize(NULL, (n + 1) * sizeof(int64_t))) == NULL)
            goto done;
        offs = (int64_t *)PyBytes_AS_STRING(offsets);
        offs[0] = 0;
    }
    for (Py_ssize_t k = 0; k < n; k++) {
        PyObject *text = PyTuple_GET_ITEM(texts, k);
        if (!PyUnicode_Check(text)) {
            PyErr_Format(PyExc_TypeError, "texts[%zd] is %.100s, expected str", k,
                         Py_TYPE(text)->tp_name);
            goto done;
        }
        int64_t size;
        if (count_one(text, &abbr, words + k, sentences + k, questions + k, &size) < 0) goto done;
        if (utf8) {
            if (size < 0) {
                PyErr_Format(PyExc_ValueError,
                             "texts[%zd] holds a lone surrogate, which UTF-8 cannot encode", k);
                goto done;
            }
            offs[k + 1] = offs[k] + size;
        }
    }
    if (utf8) {
        if ((data = PyBytes_FromStringAndSize(NULL, offs[n])) == NULL) goto done;
        unsigned char *out = (unsigned char *)PyBytes_AS_STRING(data);
        for (Py_ssize_t k = 0; k < n; k++)
            out = write_utf8(PyTuple_GET_ITEM(texts, k), out);
        result = PyTuple_Pack(5, counts[0], counts[1], counts[2], data, offsets);
    }
    else {
        result = PyTuple_Pack(3, counts[0], counts[1], counts[2]);
    }
done:
    for (int c = 0; c < 3; c++) Py_XDECREF(counts[c]);
    Py_XDECREF(data);
    Py_XDECREF(offsets);
    Py_DECREF(texts);
    return result;
}

/* ------------------------------------------------------------------ text pieces of turns */

/* Line ends in s[i:j] (a loop the compiler vectorizes), one function a string kind. */
#define DEFINE_NEWLINES(NAME, T)                                                               \
static Py_ssize_t                                                                              \
NAME(const T *s, Py_ssize_t i, Py_ssize_t j)                                                   \
{                                                                                              \
    Py_ssize_t n = 0;                                                                          \
    for (; i < j; i++)                                                                         \
        n += s[i] == '\n';                                                                     \
    return n;                                                                                  \
}

/* rebuild_body's lines of the piece s[begin:end] (its lines less its blank ones), or -1 if
 * transcript._squeeze would change it: if a run of white space holds two line ends that are
 * not simply "\n\n". */
#define DEFINE_BODY_LINES(NAME, T)                                                             \
static int64_t                                                                                 \
NAME(const T *s, Py_ssize_t begin, Py_ssize_t end)                                             \
{                                                                                              \
    int64_t newlines = 0, blank = 0;                                                           \
    for (Py_ssize_t i = begin; i < end; i++) {                                                 \
        if (s[i] != '\n')                                                                      \
            continue;                                                                          \
        /* a line end: the white space after it, and the line ends in that */                  \
        Py_ssize_t j = i + 1, more = 0, last = i;                                              \
        for (; j < end && Py_UNICODE_ISSPACE(s[j]); j++)                                       \
            if (s[j] == '\n') {                                                                \
                more++;                                                                        \
                last = j;                                                                      \
            }                                                                                  \
        if (more >= 2 || (more == 1 && last != i + 1))                                         \
            return -1;                                                                         \
        newlines += 1 + more;                                                                  \
        blank += more;                                                                         \
        i = j - 1;                                                                             \
    }                                                                                          \
    return newlines + 1 - blank;                                                               \
}

DEFINE_NEWLINES(newlines_ucs1, Py_UCS1)
DEFINE_NEWLINES(newlines_ucs2, Py_UCS2)
DEFINE_NEWLINES(newlines_ucs4, Py_UCS4)
DEFINE_BODY_LINES(body_lines_ucs1, Py_UCS1)
DEFINE_BODY_LINES(body_lines_ucs2, Py_UCS2)
DEFINE_BODY_LINES(body_lines_ucs4, Py_UCS4)

static Py_ssize_t
newlines(int kind, const void *data, Py_ssize_t i, Py_ssize_t j)
{
    switch (kind) {
    case PyUnicode_1BYTE_KIND: return newlines_ucs1(data, i, j);
    case PyUnicode_2BYTE_KIND: return newlines_ucs2(data, i, j);
    default: return newlines_ucs4(data, i, j);
    }
}

static int64_t
body_lines(int kind, const void *data, Py_ssize_t begin, Py_ssize_t end)
{
    switch (kind) {
    case PyUnicode_1BYTE_KIND: return body_lines_ucs1(data, begin, end);
    case PyUnicode_2BYTE_KIND: return body_lines_ucs2(data, begin, end);
    default: return body_lines_ucs4(data, begin, end);
    }
}

/* The 1-based line of offset `off`, from the line `*line` known at offset `*pos` (moved to off):
 * queries in increasing order cost one pass over the text in all. */
static int64_t
line_at(int kind, const void *data, Py_ssize_t off, Py_ssize_t *pos, int64_t *line)
{
    if (off >= *pos)
        *line += newlines(kind, data, *pos, off);
    else
        *line -= newlines(kind, data, off, *pos);
    *pos = off;
    return *line;
}

/* A turn being assembled. */
typedef struct {
    Py_ssize_t hit;       /* its label's number in hits, or -1 for an opening */
    PyObject *pieces;     /* a list of its pieces of text, or NULL while it has none */
    int64_t first, last;  /* lines of its text's first and last non-space characters */
    int64_t label_line;
} Turn;

typedef struct {
    PyObject *text;
    int kind;
    const void *data;
    Py_ssize_t length;
    Py_ssize_t pos;        /* line_at's place */
    int64_t line;
    PyObject *squeeze;     /* transcript._squeeze */
    PyObject *hits;        /* (a tuple: the walk's own copy) */
    int64_t lines;         /* rebuild_body's lines of the pieces so far */
    Py_ssize_t n_inline;   /* turns whose label shares its line with their first piece */
} Walk;

static int
hit_inline(PyObject *hit)
{
    return PyObject_IsTrue(PyTuple_GET_ITEM(hit, 4));  /* Hit.inline */
}

/* The piece of text[a:b] into the turn: transcript._walk's add_text. 0, or -1 on error. */
static int
add_text(Walk *w, Turn *turn, Py_ssize_t a, Py_ssize_t b)
{
    int kind = w->kind;
    const void *data = w->data;
    Py_ssize_t first = a;
    while (first < b && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, first)))
        first++;
    if (first >= b)  /* also a > b: text_at past the end, as _NONSPACE.search finds nothing */
        return 0;
    Py_ssize_t last = b;  /* one past the last non-space character */
    while (Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, last - 1)))
        last--;
    Py_ssize_t begin = a, end = b;
    for (Py_ssize_t i = first - 1; i >= a; i--)
        if (PyUnicode_READ(kind, data, i) == '\n') {
            begin = i + 1;
            break;
        }
    for (Py_ssize_t i = last; i < b; i++)
        if (PyUnicode_READ(kind, data, i) == '\n') {
            end = i;
            break;
        }
    PyObject *body = PyUnicode_Substring(w->text, begin, end);
    if (body == NULL) return -1;
    int64_t lines = body_lines(kind, data, begin, end);
    if (lines < 0) {  /* its blank runs squeezed, in Python: rare */
        Py_SETREF(body, PyObject_CallOneArg(w->squeeze, body));
        if (body == NULL) return -1;
        if (!PyUnicode_Check(body)) {
            Py_DECREF(body);
            PyErr_SetString(PyExc_TypeError, "squeeze must return a str");
            return -1;
        }
        lines = body_lines(PyUnicode_KIND(body), PyUnicode_DATA(body), 0, PyUnicode_GET_LENGTH(body));
        if (lines < 0) {
            Py_DECREF(body);
            PyErr_SetString(PyExc_ValueError, "squeeze left a run of blank lines");
            return -1;
        }
    }
    if (turn->pieces == NULL) {
        if (turn->hit >= 0) {
            int inline_ = hit_inline(PyTuple_GET_ITEM(w->hits, turn->hit));
            if (inline_ < 0) goto fail;
            w->n_inline += inline_;  /* the first text line shares the label's line */
        }
        if ((turn->pieces = PyList_New(0)) == NULL) goto fail;
        turn->first = line_at(kind, data, first, &w->pos, &w->line);
    }
    if (PyList_Append(turn->pieces, body) < 0) goto fail;
    w->lines += lines;
    turn->last = line_at(kind, data, last - 1, &w->pos, &w->line);
    Py_DECREF(body);
    return 0;
fail:
    Py_DECREF(body);
    return -1;
}

static int
append_int(PyObject *list, int64_t value)
{
    PyObject *v = PyLong_FromLongLong(value);
    if (v == NULL) return -1;
    int r = PyList_Append(list, v);
    Py_DECREF(v);
    return r;
}

static Py_ssize_t
item_ssize(PyObject *tuple, Py_ssize_t k)
{
    return PyLong_AsSsize_t(PyTuple_GET_ITEM(tuple, k));
}

PyDoc_STRVAR(walk_doc,
"walk(text, start, hits, asides, chunks, openings, keys, squeeze)\n\n"
"transcript._walk in C: the same arguments (hits are Hit tuples and asides (start, end, text)\n"
"tuples, each in document order; squeeze is transcript._squeeze) and the same result.");

static PyObject *
walk(PyObject *Py_UNUSED(module), PyObject *args)
{
    PyObject *text, *hits, *asides, *keys, *squeeze;
    Py_ssize_t start;
    int chunks, openings;
    if (!PyArg_ParseTuple(args, "UnO!O!ppOO", &text, &start, &PyList_Type, &hits, &PyList_Type,
                          &asides, &chunks, &openings, &keys, &squeeze))
        return NULL;
    if (start < 0 || start > PyUnicode_GET_LENGTH(text)) {
        PyErr_SetString(PyExc_ValueError, "start out of range");
        return NULL;
    }
    if (chunks && (!PyList_Check(keys) || PyList_GET_SIZE(keys) != PyList_GET_SIZE(hits))) {
        PyErr_SetString(PyExc_ValueError, "chunks need a key for every hit");
        return NULL;
    }
    /* Own snapshots: squeeze (and a Hit.inline's __bool__, a key's __eq__) run Python code
     * that may mutate the caller's lists. */
    PyObject *result = NULL, *recorded = NULL, *aside_lines = NULL, *aside_at = NULL;
    PyObject *inline_lines = NULL, *out_turns = NULL;
    Turn *turns = NULL;
    Py_ssize_t cap = 0, n_turns = 0;
    hits = PyList_AsTuple(hits);
    asides = hits ? PyList_AsTuple(asides) : NULL;
    keys = asides && chunks ? PyList_AsTuple(keys) : (Py_XINCREF(keys), keys);
    if (asides == NULL || (chunks && keys == NULL)) {
        Py_XDECREF(hits); Py_XDECREF(asides); Py_XDECREF(keys);
        return NULL;
    }
    Py_ssize_t n_hits = PyTuple_GET_SIZE(hits), n_asides = PyTuple_GET_SIZE(asides);
    for (Py_ssize_t i = 0; i < n_hits; i++) {
        PyObject *hit = PyTuple_GET_ITEM(hits, i);
        if (!PyTuple_Check(hit) || PyTuple_GET_SIZE(hit) < 5) {
            PyErr_SetString(PyExc_TypeError, "hits must be Hit tuples");
            goto done;
        }
    }
    for (Py_ssize_t k = 0; k < n_asides; k++) {
        PyObject *aside = PyTuple_GET_ITEM(asides, k);
        if (!PyTuple_Check(aside) || PyTuple_GET_SIZE(aside) < 2) {
            PyErr_SetString(PyExc_TypeError, "asides must be (start, end, text) tuples");
            goto done;
        }
    }
    Walk w = {.text = text, .kind = PyUnicode_KIND(text), .data = PyUnicode_DATA(text),
              .length = PyUnicode_GET_LENGTH(text), .pos = 0, .line = 1, .squeeze = squeeze,
              .hits = hits, .lines = 0, .n_inline = 0};
    /* at most a turn a label, an opening before each aside, and one at the end */
    cap = n_hits + n_asides + 2;
    turns = PyMem_Calloc(cap, sizeof(Turn));
    if (turns == NULL) { PyErr_NoMemory(); goto done; }
    recorded = PyList_New(0), aside_lines = PyList_New(0), aside_at = PyList_New(0);
    inline_lines = PyList_New(0);
    if (!recorded || !aside_lines || !aside_at || !inline_lines) goto done;

    Py_ssize_t n_labels = 0, n_recorded = 0, current = -1, cursor = start;
    Py_ssize_t h = 0, k = 0;  /* the next hit and aside */
    while (h < n_hits || k < n_asides) {
        /* the next event in document order; an aside at a label's start is no event */
        Py_ssize_t hit_pos = h < n_hits ? item_ssize(PyTuple_GET_ITEM(hits, h), 0) : PY_SSIZE_T_MAX;
        Py_ssize_t aside_pos = k < n_asides ? item_ssize(PyTuple_GET_ITEM(asides, k), 0) : PY_SSIZE_T_MAX;
        if (PyErr_Occurred()) goto done;
        if (hit_pos < 0 || (h < n_hits && hit_pos > w.length) || aside_pos < 0
            || (k < n_asides && aside_pos > w.length)) {
            PyErr_SetString(PyExc_ValueError, "a hit or aside lies outside the text");
            goto done;
        }
        if (aside_pos == hit_pos) {  /* the hits and asides are each in order */
            k++;
            continue;
        }
        int is_aside = aside_pos < hit_pos;
        Py_ssize_t pos = is_aside ? aside_pos : hit_pos, i = is_aside ? k++ : h++;
        if (pos < cursor)
            continue;  /* inside a label line (or lines, under a pattern that reads on) */
        if (current >= 0) {
            if (add_text(&w, &turns[current], cursor, pos) < 0) goto done;
        }
        else if (pos > cursor && openings) {
            Turn *opening = &turns[n_turns];
            opening->hit = -1;
            if (add_text(&w, opening, cursor, pos) < 0) goto done;
            if (opening->pieces != NULL)
                n_turns++;
        }
        int chunk = 0;
        if (!is_aside && chunks && current >= 0) {
            chunk = PyObject_RichCompareBool(PyTuple_GET_ITEM(keys, turns[current].hit),
                                             PyTuple_GET_ITEM(keys, i), Py_EQ);
            if (chunk < 0) goto done;
        }
        if (is_aside || chunk) {
            if (append_int(recorded, is_aside ? i : -1 - i) < 0
                || append_int(aside_lines, line_at(w.kind, w.data, pos, &w.pos, &w.line)) < 0
                || append_int(aside_at, n_labels + n_recorded + w.lines - w.n_inline) < 0)
                goto done;
            n_recorded++;
            if (is_aside) {
                Py_ssize_t end = item_ssize(PyTuple_GET_ITEM(asides, i), 1);
                if (end == -1 && PyErr_Occurred()) goto done;
                cursor = end < w.length ? end + 1 : w.length;  /* no overflow at PY_SSIZE_T_MAX */
                if (cursor < 0) {
                    PyErr_SetString(PyExc_ValueError, "an aside ends before the text");
                    goto done;
                }
                continue;
            }
        }
        else {
            current = n_turns++;
            Turn *turn = &turns[current];
            turn->hit = i;
            turn->label_line = line_at(w.kind, w.data, pos, &w.pos, &w.line);
            n_labels++;
            int inline_ = hit_inline(PyTuple_GET_ITEM(hits, i));
            if (inline_ < 0) goto done;
            if (inline_ && append_int(inline_lines, turn->label_line) < 0) goto done;
        }
        cursor = item_ssize(PyTuple_GET_ITEM(hits, i), 3);  /* Hit.text_at */
        if (cursor == -1 && PyErr_Occurred()) goto done;
        if (cursor < 0) {  /* past the end is fine: add_text finds nothing there */
            PyErr_SetString(PyExc_ValueError, "a hit's text_at lies before the text");
            goto done;
        }
    }
    if (current >= 0) {
        if (add_text(&w, &turns[current], cursor, w.length) < 0) goto done;
    }
    else if (cursor < w.length && openings) {
        turns[n_turns].hit = -1;
        if (add_text(&w, &turns[n_turns++], cursor, w.length) < 0) goto done;
    }
    int64_t n_lines = line_at(w.kind, w.data, w.length, &w.pos, &w.line)
                      - (w.length > 0 && PyUnicode_READ(w.kind, w.data, w.length - 1) == '\n');

    if ((out_turns = PyList_New(n_turns)) == NULL) goto done;
    for (Py_ssize_t t = 0; t < n_turns; t++) {
        Turn *turn = &turns[t];
        PyObject *body;
        if (turn->pieces == NULL)
            body = PyUnicode_New(0, 0);
        else if (PyList_GET_SIZE(turn->pieces) == 1)
            body = Py_NewRef(PyList_GET_ITEM(turn->pieces, 0));
        else {
            PyObject *sep = PyUnicode_FromString("\n\n");
            body = sep ? PyUnicode_Join(sep, turn->pieces) : NULL;
            Py_XDECREF(sep);
        }
        if (body == NULL) goto done;
        PyObject *first = turn->pieces ? PyLong_FromLongLong(turn->first) : Py_NewRef(Py_None);
        PyObject *last = turn->pieces ? PyLong_FromLongLong(turn->last) : Py_NewRef(Py_None);
        PyObject *label = turn->hit >= 0 ? PyLong_FromLongLong(turn->label_line) : Py_NewRef(Py_None);
        PyObject *row = Py_BuildValue("(nNNNN)", turn->hit, body, first, last, label);
        if (row == NULL) goto done;
        PyList_SET_ITEM(out_turns, t, row);
    }
    result = Py_BuildValue("(OOOOOL)", out_turns, recorded, aside_lines, aside_at, inline_lines,
                           (long long)n_lines);
done:
    if (turns) {
        for (Py_ssize_t t = 0; t < cap; t++)
            Py_XDECREF(turns[t].pieces);
        PyMem_Free(turns);
    }
    Py_DECREF(hits);
    Py_DECREF(asides);
    Py_XDECREF(keys);
    Py_XDECREF(recorded);
    Py_XDECREF(aside_lines);
    Py_XDECREF(aside_at);
    Py_XDECREF(inline_lines);
    Py_XDECREF(out_turns);
    return result;
}

/* ------------------------------------------------------------------ short lines */

PyDoc_STRVAR(short_lines_doc,
"short_lines(text, start, longest) -> list of int\n\n"
"Where each line of text from offset start (a line's start) on that holds 1 to longest\n"
"characters begins and ends, flat: [begin0, end0, begin1, end1, ...] (layout's candidates for\n"
"labels; layout._short_lines states the same in Python).");

static PyObject *
short_lines(PyObject *Py_UNUSED(module), PyObject *args)
{
    PyObject *text;
    Py_ssize_t start, longest;
    if (!PyArg_ParseTuple(args, "Unn", &text, &start, &longest))
        return NULL;
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    if (start < 0 || start > n) {
        PyErr_Format(PyExc_ValueError, "start %zd outside the text (0:%zd)", start, n);
        return NULL;
    }
    PyObject *out = PyList_New(0);
    if (out == NULL) return NULL;
    for (Py_ssize_t begin = start; begin <= n;) {
        Py_ssize_t end = PyUnicode_FindChar(text, '\n', begin, n, 1);
        if (end == -2) goto fail;
        if (end < 0) end = n;
        if (end > begin && end - begin <= longest) {
            PyObject *a = PyLong_FromSsize_t(begin), *b = PyLong_FromSsize_t(end);
            int bad = a == NULL || b == NULL || PyList_Append(out, a) < 0 || PyList_Append(out, b) < 0;
            Py_XDECREF(a);
            Py_XDECREF(b);
            if (bad) goto fail;
        }
        begin = end + 1;
    }
    return out;
fail:
    Py_DECREF(out);
    return NULL;
}

static PyMethodDef methods[] = {
    {"scan", scan, METH_VARARGS, scan_doc},
    {"walk", walk, METH_VARARGS, walk_doc},
    {"short_lines", short_lines, METH_VARARGS, short_lines_doc},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "presslib._textscan",
    .m_doc = "Word, sentence and question counts, and UTF-8 bytes, of many texts (see text.py).",
    .m_size = -1,
    .m_methods = methods,
};

PyMODINIT_FUNC
PyInit__textscan(void)
{
    init_flags();
    return PyModule_Create(&module);
}
