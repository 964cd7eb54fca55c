package org.coproduction.landscape.web.dashboard;

import java.util.Map;
import org.coproduction.landscape.geography.Area;

/**
 * A simplified outline of the twelve areas of a UK table, as SVG polygon points in a 400 x 560 box:
 * enough to find one's region at a glance, not a survey map.
 */
final class UkMap {

  private static final Map<Area, String> OUTLINES =
      Map.ofEntries(
          Map.entry(
              Area.SCOTLAND,
              "150,10 262,18 250,90 292,150 262,198 226,214 180,220 140,200 112,160 100,100 128,60"),
          Map.entry(Area.NORTHERN_IRELAND, "28,196 96,186 108,232 62,256 22,236"),
          Map.entry(Area.NORTH_EAST, "226,214 262,198 284,262 246,276 228,250"),
          Map.entry(Area.NORTH_WEST, "180,220 226,214 228,250 240,300 216,330 190,330 186,280"),
          Map.entry(
              Area.YORKSHIRE_AND_THE_HUMBER, "246,276 284,262 322,300 312,336 240,340 240,300"),
          Map.entry(Area.EAST_MIDLANDS, "240,340 312,336 326,370 290,400 256,396 246,370"),
          Map.entry(
              Area.WEST_MIDLANDS,
              "190,330 216,330 240,340 246,370 256,396 230,420 196,410 186,370"),
          Map.entry(Area.WALES, "130,330 186,336 186,370 196,410 180,450 126,446 110,400 136,374"),
          Map.entry(Area.EAST_OF_ENGLAND, "290,400 326,370 382,390 376,450 328,458 302,440"),
          Map.entry(Area.LONDON, "296,444 326,450 326,474 296,478"),
          Map.entry(
              Area.SOUTH_EAST,
              "230,420 256,396 290,400 302,440 296,444 296,478 326,474 326,458 376,450 382,482 342,520 262,520 242,480"),
          Map.entry(
              Area.SOUTH_WEST,
              "196,410 230,420 242,480 262,520 200,530 122,552 80,546 130,500 180,450"));

  private UkMap() {}

  static String outline(Area area) {
    return OUTLINES.getOrDefault(area, "");
  }
}
