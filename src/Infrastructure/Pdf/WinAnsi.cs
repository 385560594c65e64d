using System.Text;

namespace Orders.Infrastructure.Pdf;

/// <summary>Unicode to WinAnsiEncoding (Windows code page 1252), the single-byte encoding of our standard fonts.
/// Written out because .NET only knows code page 1252 after registering an encoding provider.</summary>
internal static class WinAnsi
{
    /// <summary>Printed in place of characters the encoding lacks, so a missing character shows instead of vanishing.
    /// </summary>
    public const byte Replacement = (byte)'?';

    // The 0x80-0x9F block is where 1252 differs from Latin-1; codes 0x81, 0x8D, 0x8F, 0x90, 0x9D are unassigned.
    private static readonly Dictionary<int, byte> Windows1252Block = new()
    {
        [0x20AC] = 0x80, [0x201A] = 0x82, [0x0192] = 0x83, [0x201E] = 0x84, [0x2026] = 0x85, [0x2020] = 0x86,
        [0x2021] = 0x87, [0x02C6] = 0x88, [0x2030] = 0x89, [0x0160] = 0x8A, [0x2039] = 0x8B, [0x0152] = 0x8C,
        [0x017D] = 0x8E, [0x2018] = 0x91, [0x2019] = 0x92, [0x201C] = 0x93, [0x201D] = 0x94, [0x2022] = 0x95,
        [0x2013] = 0x96, [0x2014] = 0x97, [0x02DC] = 0x98, [0x2122] = 0x99, [0x0161] = 0x9A, [0x203A] = 0x9B,
        [0x0153] = 0x9C, [0x017E] = 0x9E, [0x0178] = 0x9F,
    };

    /// <summary>One byte per character; composed first so "e" + combining acute prints as "é".</summary>
    public static byte[] Encode(string text)
    {
        var composed = text.Normalize(NormalizationForm.FormC);
        var bytes = new List<byte>(composed.Length);
        foreach (var rune in composed.EnumerateRunes()) bytes.Add(ToCode(rune));
        return [.. bytes];
    }

    public static byte ToCode(Rune rune) => rune.Value switch
    {
        >= 0x20 and <= 0x7E => (byte)rune.Value,
        >= 0xA0 and <= 0xFF => (byte)rune.Value,
        _ => Windows1252Block.GetValueOrDefault(rune.Value, Replacement),
    };
}
