using System.Collections.Frozen;
using System.Text;

namespace ClusterGraph.Graph.Model;

/// <summary>
/// Converts the model's enums to and from the contract's spelling (<c>IndustrialComplex</c> ↔
/// <c>INDUSTRIAL_COMPLEX</c>), which is also the spelling of the seed files. The spellings of each enum
/// are worked out once: every resolver and writer of an enum field goes through here.
/// </summary>
public static class ContractNames
{
    /// <summary>The contract name of an enum value, e.g. <c>LOCATED_IN</c> for <see cref="RelationType.LocatedIn"/>.</summary>
    public static string ToContractName<TEnum>(TEnum value)
        where TEnum : struct, Enum
        => Spellings<TEnum>.Names.TryGetValue(value, out string? name) ? name : Spell(value.ToString());

    /// <summary>Parses a contract name (exact, upper case with '_') into an enum value; false for anything else.</summary>
    public static bool TryParse<TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum
    {
        if (text is not null && Spellings<TEnum>.Values.TryGetValue(text, out value))
        {
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>The contract names of every value of <typeparamref name="TEnum"/>, for error messages.</summary>
    public static string ListOf<TEnum>()
        where TEnum : struct, Enum
        => string.Join(", ", Enum.GetValues<TEnum>().Select(ToContractName));

    private static string Spell(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (i > 0 && char.IsUpper(c))
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(c));
        }

        return builder.ToString();
    }

    private static class Spellings<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly FrozenDictionary<TEnum, string> Names =
            Enum.GetValues<TEnum>().Distinct().ToFrozenDictionary(value => value, value => Spell(value.ToString()));

        public static readonly FrozenDictionary<string, TEnum> Values =
            Names.GroupBy(pair => pair.Value, StringComparer.Ordinal).ToFrozenDictionary(group => group.Key, group => group.First().Key, StringComparer.Ordinal);
    }
}
