namespace Orders.IntegrationTests.Fuzz;

/// <summary>The odd values the fuzzer draws from: strings, numbers, dates, ids, query values and broken JSON.</summary>
public static class FuzzValues
{
    public const int LongStringLength = 10 * 1024;
    public const int HugeBodyLength = 100 * 1024 + 17;

    public static readonly string[] Strings =
    [
        "", " ", "   \t\n", "\0", "a\0b", "\0\0\0\0",
        "\ud800", "\udfff", "a\ud800b", "\udc00\ud800", "\ud83d", // lone and swapped surrogates, written as \uXXXX escapes
        "\u202Eevil\u202C", "\u200F\u05E9\u05DC\u05D5\u05DD\u200E", "\u0627\u0644\u0633\u0644\u0627\u0645", // RTL marks, Hebrew, Arabic
        "😀", "👨‍👩‍👧‍👦", "👍🏽", "🏳️‍🌈", "\U0001F4A9\U0001F4A9\U0001F4A9",
        "e\u0301", "a\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308\u0309\u030a", "\u0301", "Z\u0334\u0321\u031b\u035a\u034e\u0344a\u0337l\u0338g\u0337o\u0338",
        "\uFEFF", "\uFFFE", "\uFFFF", "\u2028\u2029", "\u0085", "\u00AD", "\u200B\u200C\u200D",
        "İıßẞǅ", "ﷺ", "Ω€ñŁő", "𝕳𝖊𝖑𝖑𝖔", "ᚠᛇᚻ", "\u3000",
        "'; DROP TABLE \"Orders\"; --", "' OR '1'='1", "1 UNION SELECT * FROM sqlite_master", "%' --", "\\", "\"", "'",
        "<script>alert(1)</script>", "{{ 7 * 7 }}", "{% raw %}", "${jndi:ldap://x.invalid/a}", "%s%s%s%n", "{0}{1}",
        "../../../etc/passwd", "..\\..\\windows\\win.ini", "/", "%00", "%2e%2e%2f", "\r\nX-Injected: 1", "\r\n\r\n",
        "null", "true", "NaN", "-Infinity", "0", "-1", "99999999999999999999", "1e309", "0x1F", "١٢٣",
        "pending", "PENDING", "in_preparation", "In_Preparation", "canceled", "cancelled",
        "2026-03-02T09:00:00Z", "9999-12-31T23:59:59.9999999Z", "0001-01-01T00:00:00Z", "2026-02-30",
        "2026-01-0001", "0000-00-0000", "9999-99-9999",
        "http://", "http://hook.invalid/x", "http://[::1]:1/x", "http://127.0.0.1:9/x", "http://[64:ff9b::7f00:1]/x", "http://[2002:7f00:1::]/x",
        "http://" + new string('a', 300) + ".invalid/x", "http://" + string.Join('.', Enumerable.Repeat(new string('b', 63), 5)) + "/x",
        "ftp://x.invalid/", "javascript:alert(1)", "file:///etc/passwd",
        new string('x', 501), new string('y', 2001),
    ];

    public static readonly string[] Numbers =
    [
        "0", "-0", "1", "-1", "2", "5", "6", "100", "101", "-100", "0.5", "0.001", "1.005", "-0.01", "1299.999", "0.1e1", "1E2",
        "2147483647", "2147483648", "-2147483648", "-2147483649", "4294967296", "9007199254740993",
        "9223372036854775807", "9223372036854775808", "-9223372036854775809", "18446744073709551616",
        "79228162514264337593543950335", "79228162514264337593543950336", "-79228162514264337593543950336",
        "1e28", "1e29", "1e308", "-1e308", "1.7976931348623157e308", "1e309", "-1e309", "1e-400", "4.9e-324",
        "99999999999999999999999999999999999999", "0.0000000000000000000000000000001", "123456789.123456789",
    ];

    /// <summary>Query values of the integer parameters (page, limit).</summary>
    public static readonly string[] QueryIntegers =
    [
        "0", "-1", "1", "100", "101", "99999999999", "2147483647", "2147483648", "-2147483648", "-2147483649", "1.5", "1e3",
        "", " ", "abc", "0x10", "+1", "01", "١", "NaN", "null", "9223372036854775808", "99999999999999999999999999",
    ];

    public static readonly string[] QueryBooleans = ["true", "false", "TRUE", "yes", "1", "0", "", "null", "tru"];

    /// <summary>Dates and instants for dateFrom/dateTo, body dates and whatever else takes one.</summary>
    public static readonly string[] Dates =
    [
        "9999-12-31", "0001-01-01", "2026-02-30", "2026-02-29", "2024-02-29", "2026-13-01", "2026-00-10", "10000-01-01", "0000-01-01",
        "2026-03-02", "2026-03-02T09:00:00Z", "2026-03-02T09:00:00", "2026-03-02T25:00:00Z", "2026-03-02T09:00:00+25:00",
        "9999-12-31T23:59:59.9999999Z", "9999-12-31T23:59:59.9999999+00:00", "9999-12-31T23:59:59.9999999-14:00",
        "9999-12-31T23:59:59.9999999+14:00", "0001-01-01T00:00:00+14:00", "0001-01-01T00:00:00-14:00", "0001-01-01T00:00:00Z",
        "9999-12-31T23:59:59Z", "1970-01-01T00:00:00Z", "-0001-01-01", "+002026-03-02", "2026-W10-1", "2026-061",
        "1772442000", "-62135596800", "253402300800", "now", "yesterday", "", " ", "2026/03/02", "02/03/2026", "2026-03-02 09:00",
    ];

    /// <summary>Path parameter values, already as they go in the URL (percent-encoded where they need it).</summary>
    public static readonly string[] EncodedIds =
    [
        "", "%20", "%09", "+", "-", ".", "..", "...", "..%2F", "..%2F..%2F..%2Fetc%2Fpasswd", "%2E%2E%2F", "%2F", "%5C", "%00", "a%00b",
        "%25", "%25%30%30", "%ED%A0%80", "%FF%FE", "%C0%AF", "%C3%28", "%E2%80%AE", "%EF%BB%BF", "%F0%9F%98%80",
        "%27%20OR%201%3D1%20--", "1%3B%20DROP%20TABLE%20Orders", "%22", "%3Cscript%3E", "%7B%7Bid%7D%7D", "%0D%0ASet-Cookie%3A%20x",
        "0", "-1", "99999999999999999999", "2147483648", "1e10", "null", "undefined", "true", "%5B%5D", "%7B%7D",
        "2026-03-0001", "2026-13-0001", "0000-00-0000", "9999-12-9999", "2026-03-", "-2026-03-0001", "2026-03-00001",
        "abcdefghijklmnopqrstuvwx", "ABCDEFGHIJKLMNOPQRSTUVWX", "0bcdefghijklmnopqrstuvwx", "abcdefghijklmnopqrstuvwxy",
    ];

    /// <summary>Raw odd ids the mutator percent-encodes itself (unicode, very long).</summary>
    public static readonly string[] RawIds =
    [
        "😀", "\u202Eabc", "e\u0301", "Ω", "ñandú", "\u0627\u0644", "ＡＢＣ", "\u200B", "İ", new string('a', LongStringLength),
        new string('ß', 5000), string.Concat(Enumerable.Repeat("😀", 2500)), new string('9', 400),
    ];

    /// <summary>Bodies that are not JSON, or JSON no reader should accept.</summary>
    public static readonly string[] BrokenJson =
    [
        "{", "}", "[", "]", "{\"a\":", "{\"a\" 1}", "{'a':1}", "{a:1}", "{\"a\":1,}", "[1,]", "[1 2]", "nul", "tru", "NaN", "Infinity",
        "-", "01", "1.", ".5", "+1", "\"unterminated", "{\"a\":\"\\x\"}", "{\"a\":\"\\u12\"}", "{\"a\":\"\\u\"}", "// comment\n{}",
        "/* c */ {}", "{}{}", "{} trailing", "\0", "{\"a\":\"tab\tinside\"}", "{\"a\":\"line\nbreak\"}", "{\"a\":1e}", "{\"a\":--1}",
        "{\"a\":0x10}", "{\"a\":undefined}", "{\"a\":.1}", "{\"\\ud800\":1}", "<xml/>", "a=1&b=2", "\u001f", "{\"items\":[{\"productId\":\"x\",}]}",
    ];

    /// <summary>Byte sequences that are not UTF-8, for inside a JSON string.</summary>
    public static readonly byte[][] InvalidUtf8 =
    [
        [0xFF], [0xFE, 0xFF], [0xC0, 0xAF], [0xC3, 0x28], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0x80],
    ];

    public static readonly string[] PropertyNames =
    [
        "extra", "", " ", "__proto__", "constructor", "$type", "$id", "$ref", "id", "userId", "status", "total", "version",
        "isAdmin", "role", "😀", "\u202E", "a\0b", "\ud800", new string('k', LongStringLength), "Items", "ITEMS", "items ",
    ];

    public static readonly string[] ContentTypes =
    [
        "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/octet-stream",
        "application/json; charset=utf-16", "application/json; charset=bogus", "application/json; charset=iso-8859-1",
        "application/merge-patch+json", "application/problem+json", "application/vnd.api+json", "*/*", "application", "json",
        ";;;", "application/json; boundary=", "text/json", "APPLICATION/JSON",
    ];

    public static readonly string[] IfMatch =
    [
        "*", "\"1\"", "W/\"1\"", "\"0\"", "\"-1\"", "\"2147483648\"", "\"99999999999999999999\"", "\"abc\"", "1", "\"\"", "\"", "W/",
        "\"1\", \"2\"", "\"\u00e9\"", new string('"', 3),
    ];

    public static T Pick<T>(this Random random, IReadOnlyList<T> values) => values[random.Next(values.Count)];

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;
}
