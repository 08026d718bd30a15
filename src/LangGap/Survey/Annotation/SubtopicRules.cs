using System.Text.RegularExpressions;
using LangGap.Survey.Selection;

namespace LangGap.Survey.Annotation;

/// <summary>Keyword rules that pick a paper's subtopic, each rule's words written for LangGap from the review's subtopic definitions.</summary>
/// <remarks>
/// Each subtopic scores the number of distinct keywords found in title and abstract (a title match counts twice).
/// The highest score wins; ties go to the more specific subtopic (the order of <see cref="Rules"/>). A paper with no
/// safety keyword, or whose words point to another field's safety (food, drug, patient, road safety …) more than to
/// any subtopic, is "not safety".
/// </remarks>
internal static class SubtopicRules
{
    public static readonly (Subtopic Subtopic, Regex Pattern)[] Rules =
    [
        (Subtopic.Jailbreaking, TermPattern.Compile([
            "jailbreak*", "red team*", "red-teaming", "prompt injection*", "adversarial prompt*", "attack success rate*",
            "harmful instruction*", "harmful quer*", "harmful prompt*", "malicious prompt*", "malicious instruction*", "backdoor*",
            "adversarial attack*", "attacker*"])),
        (Subtopic.Privacy, TermPattern.Compile([
            "privacy", "private information", "personal information", "personal data", "personally identifiable", "PII",
            "memoriz*", "memoris*", "membership inference", "differential privacy", "differentially private", "de-identif*",
            "anonymi*", "data leakage", "data extraction", "sensitive information"])),
        (Subtopic.FactualityHallucination, TermPattern.Compile([
            "hallucinat*", "factual*", "fact-check*", "fact verification", "misinformation", "disinformation", "fake news",
            "rumor*", "rumour*", "truthful*", "faithful*", "unfaithful*", "false claim*", "fabricat*", "confabulat*"])),
        (Subtopic.ToxicityBias, TermPattern.Compile([
            "toxic*", "detoxif*", "hate speech", "hateful", "offensive", "abusive", "abuse", "profanit*", "harass*",
            "cyberbully*", "bias", "biases", "biased", "debias*", "stereotyp*", "fairness", "unfair*", "discriminat*",
            "misogyn*", "sexis*", "racis*", "counter speech", "counterspeech", "slur*", "insult*", "microaggression*"])),
        (Subtopic.Alignment, TermPattern.Compile([
            "align*", "RLHF", "human feedback", "preference optimi*", "preference data", "DPO", "reward model*", "refus*",
            "over-refusal", "harmless*", "helpful*", "safety alignment", "safety tuning", "safety training", "safety fine-tuning",
            "safe response*", "unsafe response*", "guardrail*", "constitutional", "human values", "moral*", "ethical alignment",
            "unlearning", "harmful content", "harmful output*", "harmful response*", "safety evaluation", "safety benchmark*", "AI safety",
            "safety risk*", "safety issue*", "safety concern*", "unsafe", "conversational safety", "model safety", "LLM safety"])),
        (Subtopic.Policy, TermPattern.Compile([
            "policymaker*", "policy maker*", "public policy", "regulat*", "governance", "legislat*", "AI Act", "ethic*",
            "societal", "responsible AI", "accountab*", "audit*", "risk assessment*", "position paper", "stakeholder*"])),
    ];

    /// <summary>Uses of "safe"/"safety" that are not about the safety of language technology.</summary>
    public static readonly Regex OtherSafety = TermPattern.Compile([
        "food safety", "drug safety", "patient safety", "medication safety", "pharmacovigilance", "adverse drug*", "adverse event*",
        "road safety", "traffic safety", "workplace safety", "occupational safety", "aviation safety", "safety report*",
        "public safety", "fire safety", "vaccine safety", "safety data sheet*", "safe to say", "safely", "safety-critical",
        "clinical trial*", "mine safety", "construction safety", "chemical safety", "nuclear safety", "biosafety"]);

    public static (Subtopic Subtopic, List<Evidence> Evidence) Classify(string title, string? abstractText)
    {
        var best = Subtopic.NotSafety;
        var bestScore = 0;
        var bestEvidence = new List<Evidence>();
        foreach (var (subtopic, pattern) in Rules)
        {
            var evidence = new List<Evidence>();
            var score = Score(pattern, title, abstractText, SurveyLabels.Name(subtopic), evidence);
            if (score > bestScore)
            {
                (best, bestScore, bestEvidence) = (subtopic, score, evidence);
            }
        }
        var other = new List<Evidence>();
        var otherScore = Score(OtherSafety, title, abstractText, SurveyLabels.Name(Subtopic.NotSafety), other);
        if (bestScore == 0 || otherScore > bestScore)
        {
            return (Subtopic.NotSafety, other);
        }
        return (best, bestEvidence);
    }

    private static int Score(Regex pattern, string title, string? abstractText, string value, List<Evidence> evidence)
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var score = 0;
        foreach (var (field, text, weight) in new[] { ("title", title, 2), ("abstract", abstractText ?? "", 1) })
        {
            for (var m = pattern.Match(text); m.Success; m = m.NextMatch())
            {
                if (words.Add(field + "\u0000" + m.Value))
                {
                    score += weight;
                    evidence.Add(new Evidence(EvidenceKind.Subtopic, value, field, m.Index, m.Value));
                }
            }
        }
        return score;
    }
}
