using System.Globalization;

namespace LangGap.Identification.FastText;

/// <summary>Number formatting that matches fastText's command line output.</summary>
internal static class FastTextFormat
{
    /// <summary>
    /// A probability as C++ <c>std::cout &lt;&lt; float</c> prints it with the default precision: six significant
    /// digits, <c>%g</c> style (e.g. <c>0.999943</c>, <c>3.78805e-05</c>, <c>1</c>).
    /// </summary>
    public static string Probability(double value) =>
        ((double)(float)value).ToString("G6", CultureInfo.InvariantCulture).Replace('E', 'e');
}
