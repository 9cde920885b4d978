using System.Text;

namespace ClusterGraph.Graph.Model;

/// <summary>
/// Converts the model's enums to and from the contract's spelling (<c>IndustrialComplex</c> ↔
/// <c>INDUSTRIAL_COMPLEX</c>), which is also the spelling of the seed files.
/// </summary>
public static class ContractNames
{
    /// <summary>The contract name of an enum value, e.g. <c>LOCATED_IN</c> for <see cref="RelationType.LocatedIn"/>.</summary>
    public static string ToContractName<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        string name = value.ToString();
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

    /// <summary>Parses a contract name (exact, upper case with '_') into an enum value; false for anything else.</summary>
    public static bool TryParse<TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum
    {
        if (!string.IsNullOrEmpty(text))
        {
            foreach (TEnum candidate in Enum.GetValues<TEnum>())
            {
                if (string.Equals(ToContractName(candidate), text, StringComparison.Ordinal))
                {
                    value = candidate;
                    return true;
                }
            }
        }

        value = default;
        return false;
    }

    /// <summary>The contract names of every value of <typeparamref name="TEnum"/>, for error messages.</summary>
    public static string ListOf<TEnum>()
        where TEnum : struct, Enum
        => string.Join(", ", Enum.GetValues<TEnum>().Select(ToContractName));
}
