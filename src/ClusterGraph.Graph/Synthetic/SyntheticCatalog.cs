namespace ClusterGraph.Graph.Synthetic;

/// <summary>
/// The fixed vocabulary the generator draws from: the 17 first-level divisions of Korea (approximate
/// centroids and a spread that keeps points inside them), industry templates with their stages,
/// and Korean/Latin name parts that pair up so every name exists in both scripts.
/// </summary>
internal static class SyntheticCatalog
{
    /// <summary>A first-level division: names, administrative code, approximate centroid, spread in degrees, and whether it is a metropolitan city.</summary>
    public sealed record Province(string Ko, string En, string Code, double Lat, double Lon, double Spread, bool Metropolitan, int Weight);

    /// <summary>One value-chain stage of a template: names and the indexes (within the template) of the stages it feeds.</summary>
    public sealed record StageTemplate(string Ko, string En, int[] Feeds);

    /// <summary>
    /// An industry template: names, stages in order (a stage with no FEEDS ends the chain; parallel
    /// industries have no FEEDS at all), words for company names, the stages of other industries
    /// ("Industry/Stage") that buy from its chain-ending stages, and its weight among industries.
    /// </summary>
    public sealed record IndustryTemplate(string Ko, string En, StageTemplate[] Stages, (string Ko, string En)[] Words, string[] CustomerStages, int Weight);

    public static readonly Province[] Provinces =
    [
        new("서울특별시", "Seoul", "11", 37.5665, 126.9780, 0.08, true, 14),
        new("부산광역시", "Busan", "26", 35.1796, 129.0756, 0.09, true, 8),
        new("대구광역시", "Daegu", "27", 35.8714, 128.6014, 0.09, true, 6),
        new("인천광역시", "Incheon", "28", 37.4563, 126.7052, 0.08, true, 7),
        new("광주광역시", "Gwangju", "29", 35.1595, 126.8526, 0.07, true, 4),
        new("대전광역시", "Daejeon", "30", 36.3504, 127.3845, 0.07, true, 4),
        new("울산광역시", "Ulsan", "31", 35.5384, 129.3114, 0.09, true, 5),
        new("세종특별자치시", "Sejong", "36", 36.4800, 127.2890, 0.06, true, 1),
        new("경기도", "Gyeonggi-do", "41", 37.4138, 127.5183, 0.35, false, 20),
        new("강원특별자치도", "Gangwon", "51", 37.8228, 128.1555, 0.45, false, 2),
        new("충청북도", "Chungcheongbuk-do", "43", 36.8000, 127.7000, 0.30, false, 4),
        new("충청남도", "Chungcheongnam-do", "44", 36.5184, 126.8000, 0.30, false, 5),
        new("전북특별자치도", "Jeonbuk", "52", 35.7175, 127.1530, 0.30, false, 3),
        new("전라남도", "Jeollanam-do", "46", 34.9000, 126.9000, 0.30, false, 3),
        new("경상북도", "Gyeongsangbuk-do", "47", 36.3500, 128.7500, 0.40, false, 6),
        new("경상남도", "Gyeongsangnam-do", "48", 35.4606, 128.2132, 0.30, false, 7),
        new("제주특별자치도", "Jeju", "50", 33.3800, 126.5500, 0.12, false, 1),
    ];

    public static readonly IndustryTemplate[] Industries =
    [
        new("반도체", "Semiconductor",
            [new("반도체 설계", "Semiconductor design", [2]), new("반도체 소재·부품·장비", "Semiconductor materials, parts & equipment", [2, 3]),
             new("웨이퍼 제조", "Wafer fabrication", [3]), new("패키징·테스트", "Packaging & test", [])],
            [("반도체", "Semiconductor"), ("실리콘", "Silicon"), ("칩", "Chip")], ["Display/Module assembly", "Automotive parts/Modules"], 9),
        new("디스플레이", "Display",
            [new("디스플레이 소재", "Display materials", [1]), new("패널 제조", "Panel manufacturing", [2]), new("모듈 조립", "Module assembly", [])],
            [("디스플레이", "Display"), ("광학", "Optics")], [], 5),
        new("이차전지", "Secondary batteries",
            [new("전지 소재", "Battery materials", [1]), new("셀 제조", "Cell manufacturing", [2]), new("팩·모듈", "Packs & modules", [3]), new("재활용", "Recycling", [])],
            [("에너지", "Energy"), ("배터리", "Battery"), ("셀", "Cell")], ["Automotive parts/Modules"], 7),
        new("자동차 부품", "Automotive parts",
            [new("소재·주단조", "Materials & forgings", [1]), new("부품 가공", "Component machining", [2]), new("모듈", "Modules", [3]), new("완성차 조립", "Vehicle assembly", [])],
            [("오토", "Auto"), ("모터스", "Motors"), ("모빌리티", "Mobility")], [], 14),
        new("뿌리산업", "Root industries",
            [new("주조", "Casting", []), new("금형", "Mold", []), new("소성가공", "Forming", []), new("용접", "Welding", []),
             new("표면처리", "Surface treatment", []), new("열처리", "Heat treatment", [])],
            [("금속", "Metal"), ("정공", "Jeonggong"), ("금형", "Mold")],
            ["Automotive parts/Materials & forgings", "Automotive parts/Component machining", "Machinery/Machine parts", "Shipbuilding/Steel & blocks"], 16),
        new("첨단센서", "Advanced sensors",
            [new("센서 연구개발", "Sensor R&D", [1]), new("센서소자 제조", "Sensor device manufacturing", [2]), new("신뢰성 시험", "Reliability testing", [3]), new("사업화", "Commercialization", [])],
            [("센서", "Sensor"), ("나노", "Nano")], ["Automotive parts/Modules", "Robotics/Robot components"], 4),
        new("바이오헬스", "Bio-health",
            [new("기초 연구", "Basic research", [1]), new("임상", "Clinical trials", [2]), new("생산", "Production", [])],
            [("바이오", "Bio"), ("제약", "Pharma"), ("메디", "Medi")], [], 8),
        new("조선", "Shipbuilding",
            [new("강재·블록", "Steel & blocks", [1]), new("기자재", "Marine equipment", [2]), new("건조", "Ship construction", [])],
            [("해양", "Marine"), ("조선", "Shipbuilding")], [], 5),
        new("기계", "Machinery",
            [new("기계 부품", "Machine parts", [1]), new("기계 조립", "Machine assembly", [2]), new("유지보수", "Maintenance", [])],
            [("기계", "Machinery"), ("산기", "Sangi"), ("엔지니어링", "Engineering")], ["Robotics/Robot components", "Shipbuilding/Marine equipment"], 14),
        new("로봇", "Robotics",
            [new("로봇 부품", "Robot components", [1]), new("로봇 제조", "Robot manufacturing", [2]), new("시스템 통합", "System integration", [])],
            [("로보틱스", "Robotics"), ("로봇", "Robot")], [], 4),
    ];

    public static readonly (string Ko, string En)[] CompanyPrefixes =
    [
        ("한빛", "Hanbit"), ("세진", "Sejin"), ("대성", "Daeseong"), ("미래", "Mirae"), ("동양", "Dongyang"), ("삼화", "Samhwa"),
        ("태광", "Taegwang"), ("우진", "Woojin"), ("신성", "Sinseong"), ("보성", "Boseong"), ("유니", "Uni"), ("에이스", "Ace"),
        ("그린", "Green"), ("제일", "Jeil"), ("일진", "Iljin"), ("광명", "Gwangmyeong"), ("한국", "Hanguk"), ("대한", "Daehan"),
        ("성우", "Seongwoo"), ("영진", "Yeongjin"), ("동아", "Donga"), ("선진", "Seonjin"), ("청운", "Cheongun"), ("하나", "Hana"),
    ];

    public static readonly (string Ko, string En)[] CompanySuffixes =
    [
        (string.Empty, string.Empty), ("테크", "Tech"), ("정밀", "Precision"), ("산업", "Industries"), ("시스템", "Systems"),
        ("소재", "Materials"), ("전자", "Electronics"), ("솔루션", "Solutions"),
    ];

    /// <summary>Syllables for place names; a name is two of them, the second lower-cased in Latin (e.g. 한성 / Hanseong).</summary>
    public static readonly (string Ko, string En)[] Syllables =
    [
        ("한", "Han"), ("성", "Seong"), ("남", "Nam"), ("동", "Dong"), ("서", "Seo"), ("산", "San"), ("천", "Cheon"), ("양", "Yang"),
        ("주", "Ju"), ("원", "Won"), ("안", "An"), ("평", "Pyeong"), ("영", "Yeong"), ("진", "Jin"), ("포", "Po"), ("수", "Su"),
        ("광", "Gwang"), ("청", "Cheong"), ("화", "Hwa"), ("금", "Geum"),
    ];
}
