using LangGap.Survey.Ingest;

namespace LangGap.Tests.Survey;

/// <summary>Small hand-written corpora for the survey tests.</summary>
internal static class SurveyTestData
{
    public const string Collection = """
        <?xml version='1.0' encoding='UTF-8'?>
        <collection id="2023.findings">
          <volume id="acl" type="proceedings">
            <meta>
              <booktitle>Findings of the Association for Computational Linguistics: ACL 2023</booktitle>
              <year>2023</year>
              <venue>findings</venue>
            </meta>
            <frontmatter><url>2023.findings-acl.0</url></frontmatter>
            <paper id="1">
              <title><fixed-case>M</fixed-case>ulti<fixed-case>J</fixed-case>ail: <fixed-case>LLM</fixed-case> safety</title>
              <author><first>A</first><last>B</last></author>
              <abstract>We study the <b>safety</b> of chat models in <fixed-case>G</fixed-case>erman and Swahili.</abstract>
              <url hash="x">2023.findings-acl.1</url>
            </paper>
            <paper id="2">
              <title>A paper without abstract</title>
              <url>2023.findings-acl.2</url>
            </paper>
          </volume>
        </collection>
        """;

    public static SurveyPaper Paper(string title, string? abstractText, int year = 2024, string id = "p1") =>
        new(id, year, VenueType.Main, "acl", "Proceedings", title, abstractText, "", "test:1");
}
