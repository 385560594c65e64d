using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Orders.UnitTests.Infrastructure.Pdf;

/// <summary>Runs the real qpdf and poppler tools on a PDF. A missing tool fails the test instead of skipping it: CI
/// installs them, and a silent skip would hide a broken renderer.</summary>
internal static class PdfTools
{
    private const string InstallHint = "install them with: apt-get install -y qpdf poppler-utils";

    /// <summary><c>qpdf --check</c> output; fails unless qpdf exits 0 (no errors, no warnings).</summary>
    public static string Check(byte[] pdf)
    {
        var (exitCode, output, errors) = Run("qpdf", pdf, "--check");
        exitCode.ShouldBe(0, $"qpdf --check found problems:\n{output}{errors}");
        return output;
    }

    /// <summary>The page text as <c>pdftotext -layout</c> extracts it, in UTF-8.</summary>
    public static string Text(byte[] pdf) => Succeed("pdftotext", pdf, "-layout", "-enc", "UTF-8", "{file}", "-");

    /// <summary>Word boxes from <c>pdftotext -bbox</c>: poppler places each word with the embedded font's widths.
    /// </summary>
    public static string WordBoxes(byte[] pdf) => Succeed("pdftotext", pdf, "-bbox", "-enc", "UTF-8", "{file}", "-");

    /// <summary>The font table of <c>pdffonts</c>: name, type, encoding and whether each is embedded and subset.</summary>
    public static string Fonts(byte[] pdf) => Succeed("pdffonts", pdf, "{file}");

    public static string Info(byte[] pdf) => Succeed("pdfinfo", pdf, "-isodates", "{file}");

    public static int PageCount(byte[] pdf)
    {
        var pages = Info(pdf).Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal));
        return int.Parse(pages["Pages:".Length..].Trim(), CultureInfo.InvariantCulture);
    }

    /// <summary>Poppler reports damaged structure on stderr while still exiting 0, so stderr must stay empty too.
    /// </summary>
    private static string Succeed(string tool, byte[] pdf, params string[] args)
    {
        var (exitCode, output, errors) = Run(tool, pdf, args);
        exitCode.ShouldBe(0, $"{tool} failed:\n{errors}");
        errors.ShouldBeEmpty($"{tool} complained about the file");
        return output;
    }

    /// <summary>Writes the PDF to a temporary file and runs the tool on it; "{file}" in the arguments is the file's
    /// path, and without it the path goes last.</summary>
    private static (int ExitCode, string Output, string Errors) Run(string tool, byte[] pdf, params string[] args)
    {
        var file = Path.Combine(Path.GetTempPath(), $"orders-invoice-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            var start = new ProcessStartInfo(tool)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = Encoding.UTF8,
                UseShellExecute = false,
            };
            foreach (var arg in args) start.ArgumentList.Add(arg == "{file}" ? file : arg);
            if (!args.Contains("{file}")) start.ArgumentList.Add(file);

            using var process = StartOrExplain(start);
            var errors = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output, errors.GetAwaiter().GetResult());
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static Process StartOrExplain(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName}.");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException(
                $"'{start.FileName}' is not installed, and the PDF tests check real output with it; {InstallHint}.", e);
        }
    }
}
