namespace ClusterGraph.Graph.Model;

/// <summary>What rule a <see cref="ValidationError"/> breaks; callers map these to their own codes (e.g. the API's UserErrorCode).</summary>
public enum ValidationErrorCode
{
    /// <summary>An ID is malformed, or its prefix does not match the kind.</summary>
    InvalidId,

    /// <summary>A kind (entity kind, relation type, or another enum) is not one the model knows.</summary>
    UnknownKind,

    /// <summary>A required field is missing or blank, or a value is out of its range.</summary>
    InvalidValue,

    /// <summary>A relation end, an indicator's <c>about</c> or a stage's industry names no entity.</summary>
    DanglingReference,

    /// <summary>The relation type may not join entities of these kinds.</summary>
    NotAllowedBetweenKinds,

    /// <summary>A fact has no evidence.</summary>
    MissingEvidence,

    /// <summary>Evidence cites a source that does not exist.</summary>
    UnknownSource,

    /// <summary>A latitude or longitude is out of range or not a number.</summary>
    InvalidCoordinates,

    /// <summary>An end date is not after its start date (until ≤ since, endDate &lt; date).</summary>
    InvalidDateRange,

    /// <summary>Kind attributes are missing, or belong to another kind.</summary>
    InvalidAttributes,

    /// <summary>Two items share an ID, or facts about one stage disagree.</summary>
    Conflict,
}
