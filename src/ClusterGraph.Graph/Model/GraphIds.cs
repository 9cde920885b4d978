using System.Globalization;
using System.Text;

namespace ClusterGraph.Graph.Model;

/// <summary>
/// The ID rules of the contract. Entity IDs are <c>&lt;prefix&gt;:&lt;slug&gt;</c> where the prefix
/// names the kind (region, complex, company, institute, industry, stage, initiative) and the slug is
/// the English name in lower-case ASCII words joined by '-'. Source IDs are <c>source:&lt;name&gt;</c>
/// (an article's file name without extension, so '_' is allowed). Relation IDs are
/// <c>relation:&lt;type&gt;:&lt;from slug&gt;:&lt;to slug&gt;[:n]</c> with the type in lower-case words
/// joined by '-' (<c>located-in</c>) and n ≥ 2 telling apart relations of one type between one pair.
/// </summary>
public static class GraphIds
{
    /// <summary>Prefix of source IDs.</summary>
    public const string SourcePrefix = "source";

    /// <summary>Prefix of relation IDs.</summary>
    public const string RelationPrefix = "relation";

    /// <summary>Longest slug accepted, so IDs stay readable and bounded.</summary>
    public const int MaxSlugLength = 120;

    private static readonly string[] s_relationTokens =
        [.. Enum.GetValues<RelationType>().Select(t => ContractNames.ToContractName(t).ToLowerInvariant().Replace('_', '-'))];

    /// <summary>The ID prefix of an entity kind, e.g. <c>complex</c> for <see cref="EntityKind.IndustrialComplex"/>.</summary>
    public static string PrefixOf(EntityKind kind) => kind switch
    {
        EntityKind.Region => "region",
        EntityKind.IndustrialComplex => "complex",
        EntityKind.Company => "company",
        EntityKind.Institute => "institute",
        EntityKind.Industry => "industry",
        EntityKind.ValueChainStage => "stage",
        EntityKind.Initiative => "initiative",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not an entity kind."),
    };

    /// <summary>The entity kind an ID prefix stands for; false for an unknown prefix.</summary>
    public static bool TryGetKind(string prefix, out EntityKind kind)
    {
        foreach (EntityKind candidate in Enum.GetValues<EntityKind>())
        {
            if (string.Equals(PrefixOf(candidate), prefix, StringComparison.Ordinal))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }

    /// <summary>
    /// The slug of an English (or romanized) name: accents stripped, lower-case ASCII letters and
    /// digits kept, apostrophes dropped, every other run of characters turned into one '-'. Hangul
    /// yields nothing, so a Korean-only name must be romanized first; the result may then be empty.
    /// </summary>
    public static string Slugify(string name)
    {
        string decomposed = name.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        bool pendingSeparator = false;
        foreach (char c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '\u2019')
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingSeparator && builder.Length > 0)
                {
                    builder.Append('-');
                }

                pendingSeparator = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pendingSeparator = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>The entity ID for a kind and an English name, e.g. (Company, "Amkor Technology Korea") → <c>company:amkor-technology-korea</c>.</summary>
    public static string ForEntity(EntityKind kind, string englishName) => PrefixOf(kind) + ":" + Slugify(englishName);

    /// <summary>True when <paramref name="slug"/> is lower-case ASCII letters/digits in words joined by single '-'.</summary>
    public static bool IsValidSlug(string slug) => IsWordList(slug, allowUnderscore: false);

    /// <summary>Splits an entity ID into kind and slug; false when the prefix is unknown or the slug malformed.</summary>
    public static bool TryParseEntityId(string? id, out EntityKind kind, out string slug)
    {
        kind = default;
        slug = string.Empty;
        if (id is null)
        {
            return false;
        }

        int colon = id.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !TryGetKind(id[..colon], out kind))
        {
            return false;
        }

        slug = id[(colon + 1)..];
        return IsValidSlug(slug);
    }

    /// <summary>The slug part of an entity ID (everything after the first ':'), or the whole string when there is no ':'.</summary>
    public static string SlugOf(string id)
    {
        int colon = id.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? id : id[(colon + 1)..];
    }

    /// <summary>The source ID for a document name, e.g. an article file name without extension.</summary>
    public static string ForSource(string name) => SourcePrefix + ":" + name;

    /// <summary>True when <paramref name="id"/> is <c>source:</c> followed by lower-case ASCII words joined by '-' or '_'.</summary>
    public static bool IsValidSourceId(string? id) =>
        id is not null
        && id.StartsWith(SourcePrefix + ":", StringComparison.Ordinal)
        && IsWordList(id[(SourcePrefix.Length + 1)..], allowUnderscore: true);

    /// <summary>The ID token of a relation type: lower-case words joined by '-', e.g. <c>located-in</c>.</summary>
    public static string TokenOf(RelationType type) =>
        (uint)type < (uint)s_relationTokens.Length ? s_relationTokens[(int)type] : ContractNames.ToContractName(type).ToLowerInvariant().Replace('_', '-');

    /// <summary>
    /// The relation ID for a type and two entity IDs; <paramref name="ordinal"/> 1 is the first
    /// relation of that type between the pair (no suffix), 2 and up get a ':n' suffix.
    /// </summary>
    public static string ForRelation(RelationType type, string fromId, string toId, int ordinal = 1)
    {
        string id = RelationPrefix + ":" + TokenOf(type) + ":" + SlugOf(fromId) + ":" + SlugOf(toId);
        return ordinal <= 1 ? id : id + ":" + ordinal.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// True when <paramref name="id"/> is a well-formed relation ID for exactly this type and pair
    /// (with or without a ':n' suffix, n ≥ 2).
    /// </summary>
    public static bool IsRelationIdFor(string? id, RelationType type, string fromId, string toId)
    {
        if (id is null)
        {
            return false;
        }

        string expected = ForRelation(type, fromId, toId);
        if (string.Equals(id, expected, StringComparison.Ordinal))
        {
            return true;
        }

        if (!id.StartsWith(expected + ":", StringComparison.Ordinal))
        {
            return false;
        }

        string suffix = id[(expected.Length + 1)..];
        return suffix.Length is > 0 and <= 6
            && suffix[0] != '0'
            && suffix.All(char.IsAsciiDigit)
            && int.Parse(suffix, CultureInfo.InvariantCulture) >= 2;
    }

    private static bool IsWordList(string text, bool allowUnderscore)
    {
        if (text.Length is 0 or > MaxSlugLength)
        {
            return false;
        }

        bool previousWasSeparator = true;
        foreach (char c in text)
        {
            bool separator = c == '-' || (allowUnderscore && c == '_');
            if (separator)
            {
                if (previousWasSeparator)
                {
                    return false;
                }

                previousWasSeparator = true;
            }
            else if (char.IsAsciiDigit(c) || char.IsAsciiLetterLower(c))
            {
                previousWasSeparator = false;
            }
            else
            {
                return false;
            }
        }

        return !previousWasSeparator;
    }
}
