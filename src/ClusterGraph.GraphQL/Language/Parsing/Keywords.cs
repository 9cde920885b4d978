namespace ClusterGraph.GraphQL.Language;

/// <summary>The names the grammar gives meaning to in some positions.</summary>
internal enum Keyword : byte
{
    None,
    Query,
    Mutation,
    Subscription,
    Fragment,
    On,
    Schema,
    Scalar,
    Type,
    Interface,
    Union,
    Enum,
    Input,
    Directive,
    Extend,
    Implements,
    Repeatable,
    True,
    False,
    Null,
}

/// <summary>Recognises keywords straight from the UTF-8 bytes of a name token.</summary>
internal static class Keywords
{
    public static Keyword Of(ReadOnlySpan<byte> name) => name.Length switch
    {
        2 when name.SequenceEqual("on"u8) => Keyword.On,
        4 when name.SequenceEqual("type"u8) => Keyword.Type,
        4 when name.SequenceEqual("enum"u8) => Keyword.Enum,
        4 when name.SequenceEqual("true"u8) => Keyword.True,
        4 when name.SequenceEqual("null"u8) => Keyword.Null,
        5 when name.SequenceEqual("query"u8) => Keyword.Query,
        5 when name.SequenceEqual("union"u8) => Keyword.Union,
        5 when name.SequenceEqual("input"u8) => Keyword.Input,
        5 when name.SequenceEqual("false"u8) => Keyword.False,
        6 when name.SequenceEqual("schema"u8) => Keyword.Schema,
        6 when name.SequenceEqual("scalar"u8) => Keyword.Scalar,
        6 when name.SequenceEqual("extend"u8) => Keyword.Extend,
        8 when name.SequenceEqual("mutation"u8) => Keyword.Mutation,
        8 when name.SequenceEqual("fragment"u8) => Keyword.Fragment,
        9 when name.SequenceEqual("interface"u8) => Keyword.Interface,
        9 when name.SequenceEqual("directive"u8) => Keyword.Directive,
        10 when name.SequenceEqual("implements"u8) => Keyword.Implements,
        10 when name.SequenceEqual("repeatable"u8) => Keyword.Repeatable,
        12 when name.SequenceEqual("subscription"u8) => Keyword.Subscription,
        _ => Keyword.None,
    };

    public static string Text(Keyword keyword) => keyword switch
    {
        Keyword.Query => "query",
        Keyword.Mutation => "mutation",
        Keyword.Subscription => "subscription",
        Keyword.Fragment => "fragment",
        Keyword.On => "on",
        Keyword.Schema => "schema",
        Keyword.Scalar => "scalar",
        Keyword.Type => "type",
        Keyword.Interface => "interface",
        Keyword.Union => "union",
        Keyword.Enum => "enum",
        Keyword.Input => "input",
        Keyword.Directive => "directive",
        Keyword.Extend => "extend",
        Keyword.Implements => "implements",
        Keyword.Repeatable => "repeatable",
        Keyword.True => "true",
        Keyword.False => "false",
        Keyword.Null => "null",
        _ => string.Empty,
    };
}
