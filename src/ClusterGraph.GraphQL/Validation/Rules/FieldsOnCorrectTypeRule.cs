using ClusterGraph.GraphQL.Language;
using ClusterGraph.GraphQL.Types;
using ClusterGraph.GraphQL.Utilities;

namespace ClusterGraph.GraphQL.Validation.Rules;

/// <summary>
/// Field Selections (https://spec.graphql.org/October2021/#sec-Field-Selections):
/// "For each selection in the document: Let fieldName be the target field of selection. fieldName must be
/// defined on type in scope."
/// </summary>
public sealed class FieldsOnCorrectTypeRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly KindSet s_enter = KindSet.Of(SyntaxKind.Field);

    public override KindSet EnterKinds => s_enter;

    public override bool Enter(SyntaxNode node)
    {
        if (Context.ParentType is not { } parentType || Context.FieldDef is not null)
        {
            return true;
        }

        string fieldName = ((FieldNode)node).Name.Value;
        string hint = string.Empty;
        if (Context.Options.IncludeSuggestions)
        {
            hint = Context.DidYouMean(SuggestedTypeNames(parentType, fieldName), "to use an inline fragment on");
            if (hint.Length == 0 && parentType is ComplexType complex)
            {
                hint = Context.DidYouMean(Context.SuggestionList(fieldName, complex.Fields.Select(f => f.Name)));
            }
        }

        Context.Report($"Cannot query field \"{fieldName}\" on type \"{parentType.Name}\"." + hint, node);
        return true;
    }

    /// <summary>The types under an abstract type that define the field: most used first, super types before sub types.</summary>
    private List<string> SuggestedTypeNames(NamedType type, string fieldName)
    {
        if (!type.IsAbstractType)
        {
            return [];
        }

        Schema schema = Context.Schema;
        var suggested = new List<NamedType>();
        var usage = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (ObjectType possible in schema.GetPossibleTypes(type))
        {
            if (possible.GetField(fieldName) is null)
            {
                continue;
            }

            if (usage.TryAdd(possible.Name, 1))
            {
                suggested.Add(possible);
            }
            else
            {
                usage[possible.Name] = 1;
            }

            foreach (InterfaceType implemented in possible.Interfaces)
            {
                if (implemented.GetField(fieldName) is null)
                {
                    continue;
                }

                if (usage.TryGetValue(implemented.Name, out int count))
                {
                    usage[implemented.Name] = count + 1;
                }
                else
                {
                    usage[implemented.Name] = 1;
                    suggested.Add(implemented);
                }
            }
        }

        var comparer = Comparer<NamedType>.Create((a, b) =>
        {
            int byUsage = usage[b.Name] - usage[a.Name];
            if (byUsage != 0)
            {
                return byUsage;
            }

            if (a is InterfaceType && schema.IsSubType(a, b))
            {
                return -1;
            }

            if (b is InterfaceType && schema.IsSubType(b, a))
            {
                return 1;
            }

            return Suggestions.NaturalCompare(a.Name, b.Name);
        });
        return [.. suggested.OrderBy(t => t, comparer).Select(t => t.Name)];
    }
}
