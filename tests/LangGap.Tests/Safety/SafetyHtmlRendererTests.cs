using LangGap.Safety.Agreement;
using LangGap.Safety.Reporting;

namespace LangGap.Tests.Safety;

public sealed class SafetyHtmlRendererTests
{
    // Script and event-handler payloads wrapped in Arabic, Cyrillic, Devanagari and Latin text, in every field that comes from a run.
    public static TheoryData<string> Payloads => new()
    {
        "<script>alert('x')</script> مرحبا",
        "Привет <img src=x onerror=alert(1)>",
        "नमस्ते \"><svg onload=alert(1)>",
        "</pre></td><script src=//evil.example/x.js></script>",
        "<a href=\"javascript:alert(1)\" onmouseover='alert(2)'>clic</a>",
        "<body onload=alert(1)> <iframe srcdoc=\"<script>alert(1)</script>\">",
    };

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Render_HostileTextEverywhere_IsEscaped(string payload)
    {
        var report = new SafetyReport(payload, [payload], new Dictionary<string, string> { ["refusal"] = "higher is better" }, "en", "Holm",
            [new SafetyCell(payload, "refusal", payload, payload, "all", 1, 2, 0, 0.5, 0.1, 0.9)],
            [new SafetyWorst(payload, "refusal", "higher is better", [payload, payload], 0.5, 2)], [], [], [],
            [new JudgeAgreement(payload, 1, 1, 0, 0, 0, null, null, 1, 0.2, 1, null, null, null)],
            [new CorrectedRate(payload, payload, 0.5, 2, 1, null, 1, null, null, null, 0, 0, payload)],
            [new SafetyExample(payload, payload, payload, payload, payload, payload)], [payload]);

        var html = SafetyHtmlRenderer.Render(report);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<svg", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<a ", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onload=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onmouseover=", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, CountOf(html, "<body>"));
        Assert.Contains("&lt;", html);
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
