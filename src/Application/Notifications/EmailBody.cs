using System.Net;
using System.Text;

namespace Orders.Application.Notifications;

/// <summary>Writes the text and the HTML part of an email side by side, block by block, so the two always say the
/// same thing. Every value goes through <see cref="WebUtility.HtmlEncode"/> on its way into the HTML: product names,
/// addresses and notes come from customers and admins.</summary>
internal sealed class EmailBody
{
    private readonly StringBuilder _text = new();
    private readonly StringBuilder _html = new();

    public EmailBody(string language, string title)
    {
        _html.Append("<!DOCTYPE html>\n<html lang=\"").Append(Encode(language)).Append("\">\n<head>\n")
            .Append("<meta charset=\"utf-8\">\n<title>").Append(Encode(title)).Append("</title>\n</head>\n")
            .Append("<body style=\"font-family: Arial, Helvetica, sans-serif; color: #222222;\">\n");
    }

    public EmailBody Paragraph(string text)
    {
        _text.Append(text).Append("\n\n");
        _html.Append("<p>").Append(Encode(text)).Append("</p>\n");
        return this;
    }

    public EmailBody Heading(string text)
    {
        _text.Append(text).Append('\n').Append('-', text.Length).Append('\n');
        _html.Append("<h3>").Append(Encode(text)).Append("</h3>\n");
        return this;
    }

    /// <summary>Lines kept together, like an address.</summary>
    public EmailBody Lines(IEnumerable<string> lines)
    {
        var all = lines.ToList();
        foreach (var line in all) _text.Append(line).Append('\n');
        _text.Append('\n');
        _html.Append("<p>").AppendJoin("<br>\n", all.Select(Encode)).Append("</p>\n");
        return this;
    }

    /// <summary>Label and value pairs. As <paramref name="totals"/>, values line up on the right like amounts and the
    /// last one (the total) stands out.</summary>
    public EmailBody Fields(IReadOnlyList<(string Label, string Value)> fields, bool totals = false)
    {
        if (fields.Count == 0) return this;
        var width = fields.Max(f => f.Label.Length) + 1;
        _html.Append("<table cellpadding=\"4\" cellspacing=\"0\">\n");
        for (var i = 0; i < fields.Count; i++)
        {
            var (label, value) = fields[i];
            _text.Append((label + ":").PadRight(width)).Append(' ').Append(value).Append('\n');
            var (open, close) = totals && i == fields.Count - 1 ? ("<strong>", "</strong>") : ("", "");
            _html.Append("<tr><th align=\"left\">").Append(open).Append(Encode(label)).Append(close)
                .Append(totals ? "</th><td align=\"right\">" : "</th><td>")
                .Append(open).Append(Encode(value)).Append(close).Append("</td></tr>\n");
        }

        _text.Append('\n');
        _html.Append("</table>\n");
        return this;
    }

    /// <summary>The order lines: product, quantity, unit price and line total, already formatted.</summary>
    public EmailBody Items((string Product, string Quantity, string UnitPrice, string Amount) headers,
        IEnumerable<(string Product, string Quantity, string UnitPrice, string Amount)> rows)
    {
        _html.Append("<table cellpadding=\"4\" cellspacing=\"0\" border=\"1\" style=\"border-collapse: collapse;\">\n")
            .Append("<tr><th align=\"left\">").Append(Encode(headers.Product))
            .Append("</th><th align=\"right\">").Append(Encode(headers.Quantity))
            .Append("</th><th align=\"right\">").Append(Encode(headers.UnitPrice))
            .Append("</th><th align=\"right\">").Append(Encode(headers.Amount)).Append("</th></tr>\n");
        foreach (var row in rows)
        {
            // Plain text has no columns to line up reliably, so each line reads as a sum instead.
            _text.Append("- ").Append(row.Product).Append(": ").Append(row.Quantity).Append(" x ").Append(row.UnitPrice)
                .Append(" = ").Append(row.Amount).Append('\n');
            _html.Append("<tr><td>").Append(Encode(row.Product))
                .Append("</td><td align=\"right\">").Append(Encode(row.Quantity))
                .Append("</td><td align=\"right\">").Append(Encode(row.UnitPrice))
                .Append("</td><td align=\"right\">").Append(Encode(row.Amount)).Append("</td></tr>\n");
        }

        _text.Append('\n');
        _html.Append("</table>\n");
        return this;
    }

    public (string Text, string Html) Build() =>
        (_text.ToString().TrimEnd() + "\n", _html.ToString() + "</body>\n</html>\n");

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}
