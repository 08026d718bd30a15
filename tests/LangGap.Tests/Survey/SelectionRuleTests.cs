using LangGap.Survey.Selection;

namespace LangGap.Tests.Survey;

public sealed class SelectionRuleTests
{
    [Theory]
    [InlineData("We make chatbots safer.", null)]
    [InlineData("Unsafe outputs are common.", null)]
    [InlineData("Is it Safe? Model safety matters.", "safe,safety")]
    [InlineData("SAFETY first", "safety")]
    public void Default_Abstract_MatchesWholeWordsSafeAndSafety(string abstractText, string? expected)
    {
        // Act
        var words = SelectionRule.Default.Match("safety in the title is not enough", abstractText);

        // Assert
        Assert.Equal(expected, words is null ? null : string.Join(',', words));
    }

    [Fact]
    public void Match_PrefixHyphenAndAndAcrossLines_FollowTheFileFormat()
    {
        // Arrange
        var rule = SelectionRule.Parse("abstract: jailbreak*  # attacks\nany: cross-lingual, multilingual\n", "rules.txt");

        // Act
        var both = rule.Match("Crosslingual attacks", "We jailbreaking models.");
        var onlyOne = rule.Match("Attacks", "We jailbreak models.");

        // Assert
        Assert.Equal(["jailbreaking", "crosslingual"], both);
        Assert.Null(onlyOne);
    }

    [Fact]
    public void Parse_UnknownField_NamesFileAndLine()
    {
        // Act
        var error = Assert.Throws<InvalidInputException>(() => SelectionRule.Parse("# rules\nbody: safe\n", "rules.txt"));

        // Assert
        Assert.Equal("rules.txt:2: the field must be title, abstract or any, found 'body'.", error.Message);
    }

    [Fact]
    public void ExclusionList_Parse_KeepsIdsAndRejectsDuplicates()
    {
        // Act
        var list = ExclusionList.Parse("2024.acl-long.1  food safety\n# comment\n2024.acl-long.2\n", "x.txt");
        var error = Assert.Throws<InvalidInputException>(() => ExclusionList.Parse("a\na\n", "x.txt"));

        // Assert
        Assert.Equal(2, list.Count);
        Assert.True(list.Contains("2024.acl-long.1"));
        Assert.False(list.Contains("food"));
        Assert.Equal("x.txt:2: paper id 'a' is listed twice.", error.Message);
    }
}
