namespace LangGap.Languages;

/// <summary>
/// The resource class of a language in Joshi et al. (2020), "The State and Fate of Linguistic Diversity and
/// Inclusion in the NLP World": how much labelled and unlabelled data exists for it.
/// </summary>
/// <remarks>The numeric values are the paper's class numbers, 0 (least resourced) to 5 (most resourced).</remarks>
public enum ResourceClass
{
    /// <summary>Class 0, "The Left-Behinds": virtually no data; ignored by language technology.</summary>
    LeftBehinds = 0,

    /// <summary>Class 1, "The Scraping-Bys": some unlabelled data, very little labelled data.</summary>
    ScrapingBys = 1,

    /// <summary>Class 2, "The Hopefuls": a small set of labelled data and an organised community.</summary>
    Hopefuls = 2,

    /// <summary>Class 3, "The Rising Stars": strong web presence, little labelled data.</summary>
    RisingStars = 3,

    /// <summary>Class 4, "The Underdogs": large unlabelled data, less labelled data than the winners.</summary>
    Underdogs = 4,

    /// <summary>Class 5, "The Winners": dominant online presence and abundant labelled data.</summary>
    Winners = 5,
}
