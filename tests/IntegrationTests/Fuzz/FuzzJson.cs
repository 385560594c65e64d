using System.Globalization;
using System.Text;

namespace Orders.IntegrationTests.Fuzz;

/// <summary>The fuzzer's JSON model and writer. Values are <c>null</c>, <see cref="bool"/>, <see cref="string"/>,
/// <see cref="RawJson"/>, <c>List&lt;object?&gt;</c> (an array) and <c>List&lt;KeyValuePair&lt;string, object?&gt;&gt;</c>
/// (an object, duplicate names allowed). Written by hand rather than by System.Text.Json so it can say what a
/// serializer refuses to: lone surrogates as <c>\ud800</c> escapes, nesting thousands deep, duplicate keys.</summary>
public static class FuzzJson
{
    public static string Write(object? value, bool escapeNonAscii = false)
    {
        var text = new StringBuilder();
        Write(text, value, escapeNonAscii);
        return text.ToString();
    }

    public static List<KeyValuePair<string, object?>> Object(params (string Name, object? Value)[] members) =>
        [.. members.Select(m => new KeyValuePair<string, object?>(m.Name, m.Value))];

    private static void Write(StringBuilder text, object? value, bool escapeNonAscii)
    {
        switch (value)
        {
            case null:
                text.Append("null");
                break;
            case bool flag:
                text.Append(flag ? "true" : "false");
                break;
            case RawJson raw:
                text.Append(raw.Text);
                break;
            case string s:
                WriteString(text, s, escapeNonAscii);
                break;
            case int or long or double or decimal:
                text.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
            case List<KeyValuePair<string, object?>> members:
                text.Append('{');
                for (var i = 0; i < members.Count; i++)
                {
                    if (i > 0) text.Append(',');
                    WriteString(text, members[i].Key, escapeNonAscii);
                    text.Append(':');
                    Write(text, members[i].Value, escapeNonAscii);
                }

                text.Append('}');
                break;
            case List<object?> items:
                text.Append('[');
                for (var i = 0; i < items.Count; i++)
                {
                    if (i > 0) text.Append(',');
                    Write(text, items[i], escapeNonAscii);
                }

                text.Append(']');
                break;
            default:
                throw new ArgumentException($"Not a fuzz JSON value: {value.GetType()}", nameof(value));
        }
    }

    private static void WriteString(StringBuilder text, string s, bool escapeNonAscii)
    {
        text.Append('"');
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var paired = char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]);
            var lone = char.IsSurrogate(c) && !paired && !(char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(s[i - 1]));
            if (c == '"') text.Append("\\\"");
            else if (c == '\\') text.Append("\\\\");
            else if (c < 0x20 || lone || (escapeNonAscii && c > 0x7e)) text.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            else text.Append(c);
        }

        text.Append('"');
    }
}
