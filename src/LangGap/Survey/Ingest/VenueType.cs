namespace LangGap.Survey.Ingest;

/// <summary>Where a paper appeared, as the review counts it.</summary>
public enum VenueType
{
    /// <summary>A main *ACL conference (ACL, EMNLP, NAACL, EACL, AACL/IJCNLP, COLING, LREC), any of its tracks.</summary>
    Main,

    /// <summary>Findings of ACL, EMNLP, NAACL, EACL or AACL.</summary>
    Findings,

    /// <summary>A workshop (or a shared task held at one); the paper's venue names it.</summary>
    Workshop,

    /// <summary>A journal published in the Anthology (TACL, Computational Linguistics, TAL, …).</summary>
    Journal,

    /// <summary>Another conference in the Anthology (PACLIC, RANLP, INLG, SIGDIAL, …).</summary>
    Other,
}
