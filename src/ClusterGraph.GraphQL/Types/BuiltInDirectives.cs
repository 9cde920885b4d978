namespace ClusterGraph.GraphQL.Types;

/// <summary>The directives every schema has, with graphql-js 16.11.0's descriptions and order.</summary>
public static class BuiltInDirectives
{
    /// <summary>The reason <c>@deprecated</c> gives when none is written.</summary>
    public const string DefaultDeprecationReason = "No longer supported";

    public static DirectiveDefinition Include { get; } = Conditional(
        "include",
        "Directs the executor to include this field or fragment only when the `if` argument is true.",
        "Included when true.");

    public static DirectiveDefinition Skip { get; } = Conditional(
        "skip",
        "Directs the executor to skip this field or fragment when the `if` argument is true.",
        "Skipped when true.");

    public static DirectiveDefinition Deprecated { get; } = CreateDeprecated();

    public static DirectiveDefinition SpecifiedBy { get; } = CreateSpecifiedBy();

    public static DirectiveDefinition OneOf { get; } = new(
        "oneOf",
        [DirectiveLocation.InputObject],
        "Indicates exactly one field must be supplied and this field must not be `null`.");

    public static IReadOnlyList<DirectiveDefinition> All { get; } = [Include, Skip, Deprecated, SpecifiedBy, OneOf];

    public static bool IsBuiltIn(string name) => name is "include" or "skip" or "deprecated" or "specifiedBy" or "oneOf";

    private static DirectiveDefinition Conditional(string name, string description, string argumentDescription)
    {
        var directive = new DirectiveDefinition(
            name,
            [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
            description);
        directive.AddArgument(new InputValueDefinition("if", new NonNullType(BuiltInScalars.Boolean), argumentDescription));
        return directive;
    }

    private static DirectiveDefinition CreateDeprecated()
    {
        var directive = new DirectiveDefinition(
            "deprecated",
            [DirectiveLocation.FieldDefinition, DirectiveLocation.ArgumentDefinition, DirectiveLocation.InputFieldDefinition, DirectiveLocation.EnumValue],
            "Marks an element of a GraphQL schema as no longer supported.");
        directive.AddArgument(new InputValueDefinition(
            "reason",
            BuiltInScalars.String,
            "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).")
        {
            HasDefaultValue = true,
            DefaultValue = DefaultDeprecationReason,
        });
        return directive;
    }

    private static DirectiveDefinition CreateSpecifiedBy()
    {
        var directive = new DirectiveDefinition(
            "specifiedBy",
            [DirectiveLocation.Scalar],
            "Exposes a URL that specifies the behavior of this scalar.");
        directive.AddArgument(new InputValueDefinition("url", new NonNullType(BuiltInScalars.String), "The URL that specifies the behavior of this scalar."));
        return directive;
    }
}
