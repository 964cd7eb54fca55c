package org.coproduction.landscape.demo;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.coproduction.landscape.geography.Area;
import org.coproduction.landscape.geography.AreaCode;

/**
 * Local authorities of each nation and English region that the demo landscape places its local
 * networks in, with their ONS GSS codes (2023 boundaries, LAD23CD / CTY23CD). England as a whole
 * draws on all English authorities.
 */
final class Places {

  /** The boundary vintage of the codes below. */
  static final String VINTAGE = "LAD23CD";

  /** A local authority: the name people use and its GSS code. */
  record Place(String name, AreaCode code, Area area) {}

  private static final Map<Area, List<Place>> BY_AREA = new EnumMap<>(Area.class);

  static {
    add(
        Area.NORTH_EAST,
        "Newcastle upon Tyne",
        "E08000021",
        "Sunderland",
        "E08000024",
        "Gateshead",
        "E08000037",
        "County Durham",
        "E06000047",
        "Middlesbrough",
        "E06000002",
        "Northumberland",
        "E06000057",
        "North Tyneside",
        "E08000022");
    add(
        Area.NORTH_WEST,
        "Manchester",
        "E08000003",
        "Liverpool",
        "E08000012",
        "Salford",
        "E08000006",
        "Lancashire",
        "E10000017",
        "Cumberland",
        "E06000063",
        "Bolton",
        "E08000001",
        "Blackpool",
        "E06000009");
    add(
        Area.YORKSHIRE_AND_THE_HUMBER,
        "Leeds",
        "E08000035",
        "Sheffield",
        "E08000039",
        "Bradford",
        "E08000032",
        "Kingston upon Hull",
        "E06000010",
        "York",
        "E06000014",
        "Wakefield",
        "E08000036",
        "Doncaster",
        "E08000017");
    add(
        Area.EAST_MIDLANDS,
        "Nottingham",
        "E06000018",
        "Leicester",
        "E06000016",
        "Derby",
        "E06000015",
        "Lincoln",
        "E07000138",
        "West Northamptonshire",
        "E06000062",
        "Derbyshire",
        "E10000007",
        "Nottinghamshire",
        "E10000024");
    add(
        Area.WEST_MIDLANDS,
        "Birmingham",
        "E08000025",
        "Coventry",
        "E08000026",
        "Wolverhampton",
        "E08000031",
        "Stoke-on-Trent",
        "E06000021",
        "Walsall",
        "E08000030",
        "Herefordshire",
        "E06000019",
        "Worcestershire",
        "E10000034");
    add(
        Area.EAST_OF_ENGLAND,
        "Southend-on-Sea",
        "E06000033",
        "Norwich",
        "E07000148",
        "Cambridge",
        "E07000008",
        "Essex",
        "E10000012",
        "Peterborough",
        "E06000031",
        "Luton",
        "E06000032",
        "Ipswich",
        "E07000202");
    add(
        Area.LONDON,
        "Tower Hamlets",
        "E09000030",
        "Hackney",
        "E09000012",
        "Lambeth",
        "E09000022",
        "Camden",
        "E09000007",
        "Newham",
        "E09000025",
        "Southwark",
        "E09000028",
        "Croydon",
        "E09000008");
    add(
        Area.SOUTH_EAST,
        "Brighton and Hove",
        "E06000043",
        "Southampton",
        "E06000045",
        "Kent",
        "E10000016",
        "Oxford",
        "E07000178",
        "Portsmouth",
        "E06000044",
        "Milton Keynes",
        "E06000042",
        "Reading",
        "E06000038");
    add(
        Area.SOUTH_WEST,
        "Bristol",
        "E06000023",
        "Cornwall",
        "E06000052",
        "Plymouth",
        "E06000026",
        "Devon",
        "E10000008",
        "Bath and North East Somerset",
        "E06000022",
        "Gloucestershire",
        "E10000013",
        "Swindon",
        "E06000030");
    add(
        Area.WALES,
        "Cardiff",
        "W06000015",
        "Swansea",
        "W06000011",
        "Gwynedd",
        "W06000002",
        "Wrexham",
        "W06000006",
        "Newport",
        "W06000022",
        "Powys",
        "W06000023",
        "Ceredigion",
        "W06000008");
    add(
        Area.SCOTLAND,
        "Glasgow",
        "S12000049",
        "Edinburgh",
        "S12000036",
        "Dundee",
        "S12000042",
        "Highland",
        "S12000017",
        "Fife",
        "S12000047",
        "Aberdeen",
        "S12000033",
        "Dumfries and Galloway",
        "S12000006");
    add(
        Area.NORTHERN_IRELAND,
        "Belfast",
        "N09000003",
        "Derry and Strabane",
        "N09000005",
        "Newry, Mourne and Down",
        "N09000010",
        "Armagh, Banbridge and Craigavon",
        "N09000002",
        "Causeway Coast and Glens",
        "N09000004",
        "Mid Ulster",
        "N09000009",
        "Fermanagh and Omagh",
        "N09000006");
    List<Place> england = new ArrayList<>();
    for (Area a : Area.values()) {
      if (a.level() == Area.Level.REGION) {
        england.addAll(BY_AREA.get(a));
      }
    }
    BY_AREA.put(Area.ENGLAND, List.copyOf(england));
  }

  private Places() {}

  private static void add(Area area, String... nameThenCode) {
    List<Place> places = new ArrayList<>();
    for (int i = 0; i < nameThenCode.length; i += 2) {
      places.add(new Place(nameThenCode[i], new AreaCode(nameThenCode[i + 1]), area));
    }
    BY_AREA.put(area, List.copyOf(places));
  }

  /** The local authorities of a nation or English region, in a fixed order. */
  static List<Place> in(Area area) {
    return BY_AREA.get(area);
  }

  /** The local authority with this name. */
  static Place named(String name) {
    return BY_AREA.values().stream()
        .flatMap(List::stream)
        .filter(p -> p.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No demo place named " + name));
  }
}
