package io.budgetkit.testkit;

import static io.budgetkit.testkit.Draws.amount;
import static io.budgetkit.testkit.Draws.cells;
import static io.budgetkit.testkit.Draws.printed;
import static io.budgetkit.testkit.Draws.wan;
import static io.budgetkit.testkit.Draws.wanText;

import io.budgetkit.core.budget.BudgetBuilder;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.catalog.CatalogEdition;
import io.budgetkit.core.catalog.CatalogEntry;
import io.budgetkit.core.catalog.SummaryRowName;
import io.budgetkit.core.code.ClassificationCode;
import io.budgetkit.core.code.CodeLevel;
import io.budgetkit.core.code.CodeScheme;
import io.budgetkit.core.code.EconomicCode;
import io.budgetkit.core.code.FunctionCode;
import io.budgetkit.core.profile.BudgetKind;
import io.budgetkit.core.profile.DisclosureProfile;
import io.budgetkit.core.profile.StandardRows;
import io.budgetkit.core.profile.TableKind;
import io.budgetkit.core.section.FigureKind;
import io.budgetkit.core.section.FixedAssets;
import io.budgetkit.core.section.Narrative;
import io.budgetkit.core.section.Procurement;
import io.budgetkit.core.section.ProjectPerformance;
import io.budgetkit.core.section.SectionKind;
import io.budgetkit.core.table.CodedRows;
import io.budgetkit.core.table.SummaryRows;
import io.budgetkit.core.table.ThreePublicLayout;
import io.budgetkit.core.table.ThreePublicLine;
import io.budgetkit.core.table.ThreePublicRows;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One budget being generated: draws the plan (rows and amounts in whole 0.01 万元) in an order
 * that shrinks well, then prints every table and section from it, so that each printed figure is
 * computed once and agrees wherever it is printed.
 *
 * <p>Not thread-safe: one draft per generation.
 */
final class BudgetDraft {

  /** Functional 项 whose 基本支出 is an economic 款 of its own (the soft correspondences). */
  private static final Map<String, String> PINNED = Map.of("2080505", "30108", "2080506", "30109",
      "2101101", "30110", "2101102", "30110", "2101103", "30111", "2210201", "30113");

  private static final String OVERSEAS = "30212";
  private static final String MEETINGS = "30215";
  private static final String TRAINING = "30216";
  private static final String RECEPTION = "30217";
  private static final String VEHICLE_OPERATION = "30231";
  private static final Set<String> THREE_PUBLIC_CODES =
      Set.of(OVERSEAS, MEETINGS, TRAINING, RECEPTION, VEHICLE_OPERATION);

  /** Non-fiscal income columns of the 收入总表: 财政专户 … 其他收入 (栏次 6-11), 上年结转 (12). */
  private static final int NON_FISCAL_COLUMNS = 7;

  private final ConsistentBudgets settings;
  private final Source s;

  private BudgetKind kind;
  private int year;
  private CatalogEdition edition;
  private String departmentCode;
  private String departmentName;
  private final List<Item> items = new ArrayList<>();
  private final TreeMap<String, Long> economic = new TreeMap<>();
  private ThreePublicLayout threePublicLayout;
  private final EnumMap<ThreePublicLine, Long> threePublic = new EnumMap<>(ThreePublicLine.class);
  private final List<Project> projects = new ArrayList<>();
  private final List<Purchase> purchases = new ArrayList<>();
  private final List<AssetLine> assets = new ArrayList<>();
  private long previousBasic;
  private long previousProject;
  private long previousThreePublic;
  private final List<String> units = new ArrayList<>();

  BudgetDraft(ConsistentBudgets settings, Source source) {
    this.settings = settings;
    this.s = source;
  }

  DepartmentBudget build() {
    drawIdentity();
    drawItems();
    drawEconomic();
    drawThreePublic();
    drawProjects();
    drawProcurement();
    drawAssets();
    drawHistory();
    return assemble();
  }

  // ---------------------------------------------------------------------------------------------
  // The plan

  /** A functional 项 row and the money booked on it, in 0.01 万元. */
  private static final class Item {
    final FunctionCode code;
    final boolean pinned;
    long gpBasic;
    long gpProject;
    long gfProject;
    long scProject;
    long nfProject;
    long operating;
    long upward;
    long subsidy;
    /** 栏次 6-12 of the 收入总表: 财政专户, 事业, 经营, 上级补助, 附属单位上缴, 其他, 上年结转. */
    final long[] nonFiscalIncome = new long[NON_FISCAL_COLUMNS];

    Item(FunctionCode code) {
      this.code = code;
      this.pinned = PINNED.containsKey(code.value());
    }

    long project() {
      return gpProject + gfProject + scProject + nfProject;
    }

    long fiscal() {
      return gpBasic + gpProject + gfProject + scProject;
    }

    long nonFiscal() {
      return nfProject + operating + upward + subsidy;
    }

    long total() {
      return gpBasic + project() + operating + upward + subsidy;
    }

    /** 支出总表 栏次 3-8. */
    long[] expenditure() {
      return new long[] {total(), gpBasic, project(), operating, upward, subsidy};
    }

    /** 收入总表 栏次 3-12. */
    long[] income() {
      long[] c = new long[10];
      long carryover = nonFiscalIncome[NON_FISCAL_COLUMNS - 1];
      c[0] = total();
      c[1] = total() - carryover;
      c[2] = fiscal();
      System.arraycopy(nonFiscalIncome, 0, c, 3, NON_FISCAL_COLUMNS);
      return c;
    }

    /** 一般公共预算财政拨款支出表 栏次 3-5. */
    long[] generalPublic() {
      return new long[] {gpBasic + gpProject, gpBasic, gpProject};
    }

    long[] governmentFund() {
      return new long[] {gfProject, 0, gfProject};
    }

    long[] stateCapital() {
      return new long[] {scProject, 0, scProject};
    }
  }

  /** A project: its budget and how much of it is 一般公共预算, other 财政 and non-财政 money. */
  private static final class Project {
    final String name;
    final long budget;
    final long generalPublic;
    final long fiscal;

    Project(String name, long budget, long generalPublic, long fiscal) {
      this.name = name;
      this.budget = budget;
      this.generalPublic = generalPublic;
      this.fiscal = fiscal;
    }

    long other() {
      return budget - fiscal;
    }
  }

  /** A purchase line, paid from its project's 一般公共预算 money. */
  private static final class Purchase {
    final Project project;
    final List<String> item;
    final int quantity;
    final long unitPrice;
    final long smeReserve;

    Purchase(Project project, List<String> item, int quantity, long unitPrice, long smeReserve) {
      this.project = project;
      this.item = item;
      this.quantity = quantity;
      this.unitPrice = unitPrice;
      this.smeReserve = smeReserve;
    }

    long amount() {
      return quantity * unitPrice;
    }

    boolean isGoods() {
      return item.get(1).startsWith("A");
    }
  }

  /** A row of the 固定资产占用情况表. */
  private static final class AssetLine {
    final String label;
    final String quantity;
    final long value;
    final boolean component;

    AssetLine(String label, String quantity, long value, boolean component) {
      this.label = label;
      this.quantity = quantity;
      this.value = value;
      this.component = component;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Drawing

  private void drawIdentity() {
    kind = s.pick(settings.kinds());
    year = s.intBetween(settings.minYear(), settings.maxYear());
    edition = settings.catalog().edition(year);
    departmentCode = s.chance(20) ? Integer.toString(s.intBetween(100_000, 999_999))
        : Integer.toString(s.intBetween(100, 999));
    String region = s.pick(Wording.REGIONS);
    departmentName = region + s.pick(Wording.AGENCIES);
    units.add(departmentName + "本级");
    if (kind == BudgetKind.DEPARTMENT) {
      for (String unit : Draws.distinct(s, Wording.SUB_UNITS, s.intBetween(0, 2))) {
        units.add(region + unit);
      }
    }
  }

  private void drawItems() {
    Set<FunctionCode> classes = edition.summaryRows().stream()
        .flatMap(r -> r.code().stream()).collect(Collectors.toSet());
    List<FunctionCode> pool = new ArrayList<>();
    for (CatalogEntry e : edition.entries()) {
      ClassificationCode<?> c = e.code();
      if (c.scheme() == CodeScheme.FUNCTIONAL && c.level() == CodeLevel.ITEM) {
        FunctionCode item = (FunctionCode) c;
        FunctionCode section = item.parent().orElseThrow();
        if (edition.contains(section) && classes.contains(section.parent().orElseThrow())) {
          pool.add(item);
        }
      }
    }
    List<FunctionCode> free = pool.stream().filter(c -> !PINNED.containsKey(c.value()))
        .collect(Collectors.toCollection(ArrayList::new));
    if (free.isEmpty()) {
      throw new IllegalStateException("The catalog edition " + year + " has no functional 项 code "
          + "(under one of the 收支总表's 类) that a 基本支出 such as 行政运行 can be booked on");
    }
    int n = s.intBetween(Math.min(settings.minItems(), pool.size()),
        Math.min(settings.maxItems(), pool.size()));
    List<FunctionCode> chosen = Draws.distinct(s, pool, n);
    if (chosen.stream().allMatch(c -> PINNED.containsKey(c.value()))) {
      // 公用经费 and the 三公 codes need a 项 that is not a pension, medical or housing fund one.
      free.removeAll(chosen);
      chosen.set(0, s.pick(free));
    }
    chosen.sort(null);
    chosen.forEach(c -> items.add(new Item(c)));

    boolean projectsAllowed = settings.maxProjects() > 0;
    boolean governmentFund = projectsAllowed && settings.governmentFund().decide(s);
    boolean stateCapital = projectsAllowed && settings.stateCapital().decide(s);
    boolean otherFunds = settings.otherFunds().decide(s);
    List<Item> unpinned = items.stream().filter(i -> !i.pinned).collect(Collectors.toList());
    for (Item item : items) {
      if (item.pinned) {
        item.gpBasic = amount(s); // pensions, medical and housing funds: 基本支出 only
        continue;
      }
      int role = projectsAllowed ? s.intBetween(0, 2) : 0; // 基本, 项目, both
      if (role != 1) {
        item.gpBasic = amount(s);
      }
      if (role != 0) {
        item.gpProject = amount(s);
      }
      if (governmentFund && s.chance(30)) {
        item.gfProject = amount(s);
      }
      if (stateCapital && s.chance(30)) {
        item.scProject = amount(s);
      }
      if (otherFunds && s.chance(40)) {
        if (projectsAllowed && s.chance(50)) {
          item.nfProject = amount(s);
        }
        item.operating = s.chance(40) ? amount(s) : 0;
        item.upward = s.chance(20) ? amount(s) : 0;
        item.subsidy = s.chance(20) ? amount(s) : 0;
      }
    }
    // What the knobs and the other tables need, where the draws did not give it.
    if (unpinned.stream().allMatch(i -> i.gpBasic == 0)) {
      unpinned.get(0).gpBasic = amount(s);
    }
    if (governmentFund && items.stream().allMatch(i -> i.gfProject == 0)) {
      s.pick(unpinned).gfProject = amount(s);
    }
    if (stateCapital && items.stream().allMatch(i -> i.scProject == 0)) {
      s.pick(unpinned).scProject = amount(s);
    }
    if (otherFunds && items.stream().allMatch(i -> i.nonFiscal() == 0)) {
      s.pick(unpinned).operating = amount(s);
    }
    if (settings.minProjects() > 0 && items.stream().allMatch(i -> i.project() == 0)) {
      s.pick(unpinned).gpProject = amount(s);
    }
    long projectMoney = items.stream().mapToLong(Item::project).sum();
    if (projectMoney > 0 && projectMoney < settings.minProjects()) {
      // each project needs at least 0.01 万元
      items.stream().filter(i -> i.project() > 0).findFirst().orElseThrow().gpProject +=
          settings.minProjects() - projectMoney;
    }
    for (Item item : items) {
      if (item.nonFiscal() > 0) {
        splitNonFiscalIncome(item);
      }
    }
  }

  /** Books an item's non-财政 money on some of the 收入总表's columns 6-12. */
  private void splitNonFiscalIncome(Item item) {
    List<Integer> columns = new ArrayList<>();
    for (int c = 0; c < NON_FISCAL_COLUMNS; c++) {
      if (s.chance(30)) {
        columns.add(c);
      }
    }
    if (columns.isEmpty()) {
      columns.add(s.intBetween(0, NON_FISCAL_COLUMNS - 1));
    }
    int k = (int) Math.min(columns.size(), item.nonFiscal());
    long[] parts = Draws.split(s, item.nonFiscal(), k, 1);
    for (int i = 0; i < k; i++) {
      item.nonFiscalIncome[columns.get(i)] = parts[i];
    }
  }

  private void drawEconomic() {
    for (Item item : items) {
      if (item.pinned) {
        economic.merge(PINNED.get(item.code.value()), item.gpBasic, Long::sum);
      }
    }
    threePublicLayout = s.pick(settings.threePublicLayouts());
    List<String> threePublicCodes = new ArrayList<>();
    if (threePublicLayout != ThreePublicLayout.EMPTY) {
      addIfKnown(threePublicCodes, RECEPTION, 60);
      addIfKnown(threePublicCodes, VEHICLE_OPERATION, 40);
      addIfKnown(threePublicCodes, OVERSEAS, 20);
      if (threePublicCodes.isEmpty()) {
        addIfKnown(threePublicCodes, RECEPTION, 100);
      }
      if (threePublicCodes.isEmpty()) {
        // A catalog without the 三公 economic codes: print the 三公 table empty.
        threePublicLayout = ThreePublicLayout.EMPTY;
      } else if (threePublicLayout == ThreePublicLayout.FULL) {
        addIfKnown(threePublicCodes, MEETINGS, 40);
        addIfKnown(threePublicCodes, TRAINING, 40);
      }
    }
    List<String> order = new ArrayList<>(threePublicCodes);
    List<String> public302 = economicSections("302", THREE_PUBLIC_CODES);
    if (public302.isEmpty()) {
      throw new IllegalStateException("The catalog edition " + year
          + " has no economic 款 under 302 for 公用经费");
    }
    order.addAll(Draws.distinct(s, public302, s.intBetween(1, Math.min(6, public302.size()))));
    List<String> personnel301 = economicSections("301", PINNED.values());
    order.addAll(Draws.distinct(s, personnel301, s.intBetween(0, Math.min(5, personnel301.size()))));
    List<String> personnel303 = economicSections("303", Set.of());
    order.addAll(Draws.distinct(s, personnel303, s.intBetween(0, Math.min(3, personnel303.size()))));

    long rest = items.stream().filter(i -> !i.pinned).mapToLong(i -> i.gpBasic).sum();
    List<String> kept = order.subList(0, (int) Math.min(order.size(), rest));
    long[] parts = Draws.split(s, rest, kept.size(), 1);
    for (int i = 0; i < kept.size(); i++) {
      economic.put(kept.get(i), parts[i]);
    }
  }

  private void addIfKnown(List<String> codes, String code, int percent) {
    if (!codes.contains(code) && edition.contains(EconomicCode.parse(code)) && s.chance(percent)) {
      codes.add(code);
    }
  }

  /** The economic 款 of a 类 the edition knows, without some. */
  private List<String> economicSections(String cls, java.util.Collection<String> without) {
    return edition.children(EconomicCode.parse(cls)).stream().map(e -> e.code().value())
        .filter(c -> !without.contains(c)).collect(Collectors.toList());
  }

  private void drawThreePublic() {
    if (threePublicLayout == ThreePublicLayout.EMPTY) {
      return;
    }
    long[] room = {items.stream().mapToLong(i -> i.gpProject).sum() / 10};
    Function<String, Long> basic = code -> economic.getOrDefault(code, 0L);
    long overseas = basic.apply(OVERSEAS) + projectPart(room);
    long academic = overseas > 0 && s.chance(20) ? s.longBetween(0, overseas) : 0;
    long purchase = projectPart(room);
    long operation = basic.apply(VEHICLE_OPERATION) + projectPart(room);
    long reception = basic.apply(RECEPTION) + projectPart(room);
    long subtotal = overseas + purchase + operation + reception;
    threePublic.put(ThreePublicLine.SUBTOTAL, subtotal);
    threePublic.put(ThreePublicLine.OVERSEAS, overseas);
    threePublic.put(ThreePublicLine.OVERSEAS_ACADEMIC, academic);
    threePublic.put(ThreePublicLine.OVERSEAS_OTHER, overseas - academic);
    threePublic.put(ThreePublicLine.VEHICLES, purchase + operation);
    threePublic.put(ThreePublicLine.VEHICLE_PURCHASE, purchase);
    threePublic.put(ThreePublicLine.VEHICLE_OPERATION, operation);
    threePublic.put(ThreePublicLine.RECEPTION, reception);
    long total = subtotal;
    if (threePublicLayout == ThreePublicLayout.FULL) {
      long meetings = basic.apply(MEETINGS) + projectPart(room);
      long university = meetings > 0 && s.chance(20) ? s.longBetween(0, meetings) : 0;
      long training = basic.apply(TRAINING) + projectPart(room);
      threePublic.put(ThreePublicLine.MEETINGS, meetings);
      threePublic.put(ThreePublicLine.MEETINGS_UNIVERSITY, university);
      threePublic.put(ThreePublicLine.MEETINGS_OTHER, meetings - university);
      threePublic.put(ThreePublicLine.TRAINING, training);
      total += meetings + training;
    }
    // Layout D's 合计 counts no 会议费 / 培训费: it equals the 小计 its rows explain.
    threePublic.put(ThreePublicLine.TOTAL, total);
  }

  /** The part of a 三公 line paid from 项目支出, within what the projects' 一般公共预算 leaves. */
  private long projectPart(long[] room) {
    if (room[0] == 0 || !s.chance(30)) {
      return 0;
    }
    long part = s.longBetween(1, room[0]);
    room[0] -= part;
    return part;
  }

  private void drawProjects() {
    long generalPublic = items.stream().mapToLong(i -> i.gpProject).sum();
    long fiscal = generalPublic + items.stream().mapToLong(i -> i.gfProject + i.scProject).sum();
    long total = items.stream().mapToLong(Item::project).sum();
    if (total == 0) {
      return;
    }
    int lo = (int) Math.min(Math.max(1, settings.minProjects()), total);
    int hi = (int) Math.max(lo, Math.min(settings.maxProjects(), total));
    int m = s.intBetween(lo, hi);
    long[] budgets = Draws.split(s, total, m, 1);
    List<String> names = projectNames(m);
    // The projects take consecutive stretches of the money: 一般公共预算 first, then the other
    // 财政 money, then the non-财政 money, so each project's 财政资金 and 其他资金 add up exactly.
    long start = 0;
    for (int i = 0; i < m; i++) {
      long end = start + budgets[i];
      projects.add(new Project(names.get(i), budgets[i], overlap(start, end, generalPublic),
          overlap(start, end, fiscal)));
      start = end;
    }
  }

  private static long overlap(long start, long end, long limit) {
    return Math.max(0, Math.min(end, limit) - start);
  }

  private List<String> projectNames(int m) {
    List<String> names = Draws.distinct(s, Wording.PROJECTS, Math.min(m, Wording.PROJECTS.size()));
    for (int round = 2; names.size() < m; round++) {
      for (String n : Wording.PROJECTS) {
        if (names.size() < m) {
          names.add(n + "（第" + round + "批）");
        }
      }
    }
    return names;
  }

  private void drawProcurement() {
    for (Project p : projects) {
      if (p.generalPublic == 0 || !s.chance(50)) {
        continue;
      }
      long room = p.generalPublic;
      int lines = s.intBetween(1, 3);
      for (int l = 0; l < lines && room > 0; l++) {
        long target = s.longBetween(1, room);
        int quantity = s.intBetween(1, (int) Math.min(50, target));
        long unitPrice = target / quantity;
        long amount = quantity * unitPrice;
        long sme = s.chance(30) ? s.longBetween(0, amount) : 0;
        purchases.add(new Purchase(p, s.pick(Wording.PURCHASES), quantity, unitPrice, sme));
        room -= amount;
      }
    }
  }

  private void drawAssets() {
    long house = s.chance(70) ? amount(s) : 0;
    int houseArea = house > 0 ? s.intBetween(50, 20_000) : 0;
    long office = house > 0 && s.chance(70) ? s.longBetween(1, house) : 0;
    int officeArea = office > 0 ? s.intBetween(1, houseArea) : 0;
    long vehicles = s.chance(60) ? amount(s) : 0;
    long equipment = s.chance(30) ? amount(s) : 0;
    long other = amount(s);
    String equipmentLabel = s.chance(50) ? "3、单价在50万元以上的设备" : "3、单价在20万元以上的设备";
    assets.add(new AssetLine("资产总额", "", house + vehicles + equipment + other, false));
    assets.add(new AssetLine("1、房屋（平方米）", quantity(house, houseArea), house, true));
    assets.add(new AssetLine("其中：办公用房（平方米）", quantity(office, officeArea), office, false));
    assets.add(new AssetLine("2、车辆（台、辆）",
        quantity(vehicles, vehicles > 0 ? s.intBetween(1, 30) : 0), vehicles, true));
    assets.add(new AssetLine(equipmentLabel,
        quantity(equipment, equipment > 0 ? s.intBetween(1, 10) : 0), equipment, true));
    assets.add(new AssetLine("4、其他固定资产", quantity(other, s.intBetween(1, 3000)), other, true));
  }

  private static String quantity(long value, int quantity) {
    return value == 0 ? "" : Integer.toString(quantity);
  }

  /** Draws last year's figures that the change paragraphs compare with. */
  private void drawHistory() {
    long basic = basicTotal();
    long project = projectTotal();
    // an increase cannot exceed this year's figure (last year's is not negative)
    previousBasic = s.chance(50) ? basic + s.longBetween(1, 100_000) : basic - s.longBetween(1, basic);
    previousProject = project > 0 && s.chance(50) ? project - s.longBetween(1, project)
        : project + s.longBetween(1, 100_000);
    if (previousBasic + previousProject == basic + project) {
      previousProject++;
    }
    long threePublicNow = threePublic.getOrDefault(ThreePublicLine.SUBTOTAL, 0L);
    previousThreePublic = s.chance(50) ? threePublicNow + s.longBetween(0, 1_000)
        : threePublicNow - s.longBetween(0, threePublicNow);
  }

  // ---------------------------------------------------------------------------------------------
  // Totals

  private long sum(Function<Item, Long> f) {
    return items.stream().mapToLong(f::apply).sum();
  }

  private long basicTotal() {
    return sum(i -> i.gpBasic);
  }

  private long projectTotal() {
    return sum(Item::project);
  }

  private long personnel() {
    return economic.entrySet().stream().filter(e -> !e.getKey().startsWith("302"))
        .mapToLong(Map.Entry::getValue).sum();
  }

  private long publicExpenses() {
    return economic.entrySet().stream().filter(e -> e.getKey().startsWith("302"))
        .mapToLong(Map.Entry::getValue).sum();
  }

  private long nonFiscalIncome(int column) {
    return sum(i -> i.nonFiscalIncome[column]);
  }

  /** The rows of one functional table from the items' cells, in printed order (see TableRows). */
  private TreeMap<String, long[]> rollUp(Function<Item, long[]> cells) {
    return TableRows.rollUp(items, i -> i.code, cells);
  }

  private long classTotal(TreeMap<String, long[]> rows, SummaryRowName row, int column) {
    return row.code().map(c -> rows.get(c.value())).map(r -> r[column]).orElse(0L);
  }

  // ---------------------------------------------------------------------------------------------
  // Printing

  private DepartmentBudget assemble() {
    DisclosureProfile profile = DisclosureProfile.common();
    BudgetBuilder b = DepartmentBudget.builder().department(departmentCode, departmentName)
        .year(year).kind(kind).profile(profile);
    TreeMap<String, long[]> expenditure = rollUp(Item::expenditure);
    TreeMap<String, long[]> generalPublic = rollUp(Item::generalPublic);
    TreeMap<String, long[]> governmentFund = rollUp(Item::governmentFund);
    TreeMap<String, long[]> stateCapital = rollUp(Item::stateCapital);
    b.summary(t -> summary(t, expenditure));
    b.income(t -> functional(t, rollUp(Item::income), null));
    b.expenditure(t -> functional(t, expenditure, null));
    b.fiscalSummary(t -> fiscalSummary(t, generalPublic, governmentFund, stateCapital));
    b.generalPublicExpenditure(t -> functional(t, generalPublic, null));
    b.basicExpenditure(this::basicExpenditure);
    b.governmentFundExpenditure(t -> functional(t, governmentFund,
        emptyNote(profile, TableKind.GOVERNMENT_FUND_EXPENDITURE)));
    b.stateCapitalExpenditure(t -> functional(t, stateCapital,
        emptyNote(profile, TableKind.STATE_CAPITAL_EXPENDITURE)));
    b.threePublic(t -> threePublicTable(t, emptyNote(profile, TableKind.THREE_PUBLIC)));
    b.organisationTitle(kind.label() + "机构设置情况");
    for (int i = 0; i < units.size(); i++) {
      b.organisationUnit(units.get(i), "行政", i == 0 ? s.pick(Wording.RANKS) : "正科级",
          "财政拨款");
    }
    b.narrative(narrative());
    for (int i = 0; i < projects.size(); i++) {
      b.project(project(i + 1, projects.get(i)));
    }
    b.procurement(procurement());
    b.fixedAssets(fixedAssets());
    return b.build();
  }

  private static String emptyNote(DisclosureProfile profile, TableKind kind) {
    return profile.requireLayout(kind).emptyNote()
        .orElse("注：无" + kind.baseTitle() + "数据，空表列示。");
  }

  /** A table by functional code: 合计, then each 类 with its 款 and their 项; empty with a note. */
  private void functional(CodedRows<FunctionCode> t, TreeMap<String, long[]> rows,
      String emptyNote) {
    TableRows.functional(t, rows, edition, emptyNote);
  }

  private String name(ClassificationCode<?> code) {
    return TableRows.name(edition, code);
  }

  /** 基本支出表: 合计 (合计, 人员经费, 公用经费), then 301, 302, 303 each with its 款. */
  private void basicExpenditure(CodedRows<EconomicCode> t) {
    TableRows.basicExpenditure(t, economic, edition);
  }

  /** 收支总表: the income items beside the first 类 rows, then the closing rows. */
  private void summary(SummaryRows t, TreeMap<String, long[]> expenditure) {
    List<String> incomeItems = StandardRows.incomeItems(TableKind.SUMMARY, kind);
    long fiscal = sum(i -> i.gpBasic + i.gpProject);
    long[] incomes = new long[incomeItems.size()];
    incomes[0] = fiscal;
    incomes[1] = sum(i -> i.gfProject);
    incomes[2] = sum(i -> i.scProject);
    incomes[3] = nonFiscalIncome(0);
    if (kind == BudgetKind.DEPARTMENT) {
      for (int c = 1; c < NON_FISCAL_COLUMNS - 1; c++) {
        incomes[4] += nonFiscalIncome(c); // 单位资金 = 事业 + 经营 + 上级补助 + 附属单位上缴 + 其他
      }
    } else {
      for (int c = 1; c < NON_FISCAL_COLUMNS - 1; c++) {
        incomes[3 + c] = nonFiscalIncome(c);
      }
    }
    List<SummaryRowName> classes = edition.summaryRows();
    for (int i = 0; i < Math.max(classes.size(), incomeItems.size()); i++) {
      String item = i < incomeItems.size() ? incomeItems.get(i) : "";
      String amount = i < incomeItems.size() ? Draws.cell(incomes[i]) : "";
      if (i < classes.size()) {
        t.row(item, amount, classes.get(i).printedLabel(),
            Draws.cell(classTotal(expenditure, classes.get(i), 0)));
      } else {
        t.row(item, amount, "");
      }
    }
    long total = expenditure.get("")[0];
    long carryover = nonFiscalIncome(NON_FISCAL_COLUMNS - 1);
    List<StandardRows.ClosingRow> closing = StandardRows.closingRows(TableKind.SUMMARY);
    t.row(closing.get(0).incomeItem(), Draws.cell(total - carryover),
        closing.get(0).expenditureItem(), Draws.cell(total));
    t.row(closing.get(1).incomeItem(), Draws.cell(carryover), closing.get(1).expenditureItem());
    t.row(closing.get(2).incomeItem(), Draws.cell(total), closing.get(2).expenditureItem(),
        Draws.cell(total));
  }

  /** 财政拨款收支总表: the three 财政拨款 beside the first 类 rows, the closing rows. */
  private void fiscalSummary(SummaryRows t, TreeMap<String, long[]> gp, TreeMap<String, long[]> gf,
      TreeMap<String, long[]> sc) {
    List<String> incomeItems = StandardRows.incomeItems(TableKind.FISCAL_SUMMARY, kind);
    long[] incomes = {total(gp), total(gf), total(sc)};
    List<SummaryRowName> classes = edition.summaryRows();
    for (int i = 0; i < Math.max(classes.size(), incomeItems.size()); i++) {
      String item = i < incomeItems.size() ? incomeItems.get(i) : "";
      String amount = i < incomeItems.size() ? Draws.cell(incomes[i]) : "";
      if (i < classes.size()) {
        SummaryRowName row = classes.get(i);
        long g = classTotal(gp, row, 0);
        long f = classTotal(gf, row, 0);
        long c = classTotal(sc, row, 0);
        t.row(item, amount, row.printedLabel(), cells(g + f + c, g, f, c));
      } else {
        t.row(item, amount, "");
      }
    }
    long all = incomes[0] + incomes[1] + incomes[2];
    String[] totals = cells(all, incomes[0], incomes[1], incomes[2]);
    List<StandardRows.ClosingRow> closing = StandardRows.closingRows(TableKind.FISCAL_SUMMARY);
    for (int i = 0; i < closing.size(); i++) {
      StandardRows.ClosingRow row = closing.get(i);
      boolean totalRow = i == 0 || i == closing.size() - 1; // 本年收入合计, 收入总计
      t.row(row.incomeItem(), totalRow ? Draws.cell(all) : "", row.expenditureItem(),
          totalRow ? totals : new String[0]);
    }
  }

  private static long total(TreeMap<String, long[]> rows) {
    return rows.isEmpty() ? 0 : rows.get("")[0];
  }

  /** The “三公” table in the drawn layout; blank cells for the lines without money. */
  private void threePublicTable(ThreePublicRows t, String emptyNote) {
    Map<ThreePublicLine, long[]> lines = new EnumMap<>(ThreePublicLine.class);
    threePublic.forEach((line, v) -> lines.put(line, new long[] {v, v}));
    TableRows.threePublic(t, threePublicLayout, lines, emptyNote);
  }

  private ProjectPerformance project(int number, Project p) {
    ProjectPerformance.Builder b = ProjectPerformance.builder();
    b.title(number + "、" + p.name + "绩效目标表")
        .code(String.format("1303%02d%02dP%06d%05dT", 2, year % 100,
            Long.parseLong(departmentCode) % 1_000_000, number))
        .name(p.name)
        .budget(wan(p.budget))
        .fiscalFunds(wan(p.fiscal))
        .purpose("主要用于" + p.name + "相关支出，保障年度工作任务完成。");
    if (p.other() > 0) {
      b.otherFunds(wan(p.other()));
    }
    if (s.chance(50)) {
      long q3 = s.longBetween(0, p.budget);
      long q2 = s.longBetween(0, q3);
      long q1 = s.longBetween(0, q2);
      b.quarterlyPlan("资金支出计划（万元）", printed(q1), printed(q2), printed(q3),
          printed(p.budget));
    } else {
      int q3 = s.intBetween(0, 100);
      int q2 = s.intBetween(0, q3);
      int q1 = s.intBetween(0, q2);
      b.quarterlyPlan("资金支出计划（%）", q1 + "%", q2 + "%", q3 + "%", "100%");
    }
    List<String> goals = Draws.distinct(s, Wording.GOALS, s.intBetween(1, 3));
    for (int i = 0; i < goals.size(); i++) {
      b.goal((i + 1) + "." + goals.get(i));
    }
    String basis = "年初工作计划";
    b.indicator("产出指标", "数量指标", "完成工作任务数量", "年度内完成的工作任务数量",
        "≥" + s.intBetween(1, 50) + "项", basis);
    b.indicator("产出指标", "质量指标", "工作完成合格率", "工作完成质量合格率", "100%", basis);
    b.indicator("产出指标", "时效指标", "工作完成及时率", "按计划时间节点完成工作", "100%", basis);
    long first = p.budget >= 2 && s.chance(30) ? s.longBetween(1, p.budget - 1)
        : s.longBetween(1, p.budget);
    b.indicator("产出指标", "成本指标", "预算支出金额", "实际支出不超过预算数", cap(first), basis);
    if (first < p.budget) {
      // a second cap: together they stay within the 预算数
      b.indicator("产出指标", "成本指标", "运行维护成本", "运行维护成本控制数",
          cap(s.longBetween(1, p.budget - first)), basis);
    }
    b.indicator("效益指标", "社会效益指标", "服务保障水平", "提升服务保障水平", "有所提高", basis);
    b.indicator("满意度指标", "服务对象满意度指标", "服务对象满意度", "调查中满意人数占调查总人数比例",
        "≥" + s.intBetween(80, 99) + "%", basis);
    return b.build();
  }

  /** A cost cap of at most the given amount, written in 万元, 元 or 元/月. */
  private String cap(long hundredths) {
    long yuan = hundredths * 100;
    switch (s.intBetween(0, 2)) {
      case 1:
        return "≤" + yuan + "元";
      case 2:
        if (yuan >= 12) {
          return "≤" + yuan / 12 + "元/月"; // × 12 stays within the cap
        }
        return "≤" + printed(hundredths) + "万元";
      default:
        return "≤" + printed(hundredths) + "万元";
    }
  }

  private Procurement procurement() {
    Procurement.Builder p = Procurement.builder();
    p.title(kind.label() + "政府采购预算");
    if (purchases.isEmpty()) {
      return p.addNotes("注：无政府采购预算，空表列示。").build();
    }
    long total = purchases.stream().mapToLong(Purchase::amount).sum();
    long sme = purchases.stream().mapToLong(x -> x.smeReserve).sum();
    String[] totals = {Draws.cell(total), Draws.cell(total), "", "", "", "", "", Draws.cell(sme)};
    p.total("合计", totals);
    p.subtotal(departmentName + "本级小计", totals);
    for (Purchase x : purchases) {
      p.item(x.project.name, printed(x.project.budget), x.item.get(0), x.item.get(1),
          x.item.get(2), Integer.toString(x.quantity), printed(x.unitPrice), printed(x.amount()),
          printed(x.amount()), "", "", "", "", "", Draws.cell(x.smeReserve));
    }
    return p.addNotes(Wording.PROCUREMENT_NOTE).build();
  }

  private FixedAssets fixedAssets() {
    FixedAssets.Builder a = FixedAssets.builder();
    a.title(kind.label() + "固定资产占用情况表").asOf(LocalDate.of(year - 1, 12, 31));
    for (AssetLine line : assets) {
      a.row(line.label, line.quantity, Draws.cell(line.value));
    }
    return a.build();
  }

  // ---------------------------------------------------------------------------------------------
  // The narrative

  private Narrative narrative() {
    String k = kind.label();
    Narrative.Builder n = Narrative.builder();
    n.preamble(departmentName + year + "年" + k + "预算信息公开情况说明\n"
        + "按照《中华人民共和国预算法》、《地方预决算公开操作规程》规定，现将" + departmentName + year
        + "年" + k + "预算公开如下：");
    n.section(SectionKind.DUTIES, "一、" + k + "职责及机构设置情况", k + "职责：\n"
        + String.join("\n", Wording.DUTIES) + "\n机构设置：" + departmentName + "共有" + units.size()
        + "个预算单位，均为行政单位。");
    n.section(SectionKind.OVERVIEW, "二、" + k + "预算安排的总体情况",
        "按照预算管理有关规定，" + k + "预算的编制实行综合预算管理，即全部收入和支出都反映在预算中。");
    incomeParagraph(n);
    expenditureParagraph(n);
    changeParagraph(n);
    operatingCostsParagraph(n);
    threePublicParagraph(n);
    n.section(SectionKind.OVERALL_PERFORMANCE, "五、" + k + "整体绩效目标",
        "（一）总体绩效目标\n" + String.join("；", Wording.GOALS) + "。\n（二）分项绩效目标\n"
            + "围绕年度重点工作，按项目设定产出、效益和满意度目标。\n（三）工作保障措施\n"
            + String.join("\n", Wording.MEASURES));
    n.section(SectionKind.SPECIAL_FUNDS, "六、" + k + "主管专项资金预算安排情况及绩效目标",
        departmentName + "无" + k + "主管专项资金预算安排。");
    n.section(SectionKind.PROJECTS, "七、" + k + "项目预算安排情况及绩效目标", projects.isEmpty()
        ? departmentName + "本年度无项目支出预算。"
        : year + "年共安排项目" + projects.size() + "个，各项目绩效目标详见项目绩效目标表。");
    procurementParagraph(n);
    assetsParagraph(n);
    n.section(SectionKind.GLOSSARY, "十、名词解释", String.join("\n", Wording.GLOSSARY));
    n.section(SectionKind.OTHER_MATTERS, "十一、其他需要说明的事项", "我" + k + "无其他需要说明的事项。");
    return n.build();
  }

  private void incomeParagraph(Narrative.Builder n) {
    long gp = sum(i -> i.gpBasic + i.gpProject);
    long gf = sum(i -> i.gfProject);
    long sc = sum(i -> i.scProject);
    long special = nonFiscalIncome(0);
    long unitFunds = 0;
    for (int c = 1; c < NON_FISCAL_COLUMNS - 1; c++) {
      unitFunds += nonFiscalIncome(c);
    }
    long carryover = nonFiscalIncome(NON_FISCAL_COLUMNS - 1);
    long total = gp + gf + sc + special + unitFunds + carryover;
    n.section(SectionKind.INCOME, "1、收入说明", "反映本" + kind.label() + "当年全部收入。" + year
        + "年预算收入" + wanText(total) + "，其中：一般公共预算收入" + wanText(gp) + "，基金预算收入"
        + wanText(gf) + "，国有资本经营预算收入" + wanText(sc) + "，财政专户核拨收入" + wanText(special)
        + "，单位资金收入" + wanText(unitFunds) + "，上年结转结余" + wanText(carryover) + "。");
    n.figure(FigureKind.INCOME, "预算收入", wanText(total));
    n.figure(FigureKind.INCOME_GENERAL_PUBLIC, "一般公共预算收入", wanText(gp));
    n.figure(FigureKind.INCOME_GOVERNMENT_FUND, "基金预算收入", wanText(gf));
    n.figure(FigureKind.INCOME_STATE_CAPITAL, "国有资本经营预算收入", wanText(sc));
    n.figure(FigureKind.INCOME_SPECIAL_ACCOUNT, "财政专户核拨收入", wanText(special));
    n.figure(FigureKind.INCOME_UNIT_FUNDS, "单位资金收入", wanText(unitFunds));
    n.figure(FigureKind.INCOME_CARRYOVER, "上年结转结余", wanText(carryover));
  }

  private void expenditureParagraph(Narrative.Builder n) {
    long total = sum(Item::total);
    long other = sum(i -> i.operating + i.upward + i.subsidy);
    StringBuilder text = new StringBuilder(year + "年支出预算" + wanText(total) + "，其中基本支出"
        + wanText(basicTotal()) + "，包括人员经费" + wanText(personnel()) + "和日常公用经费"
        + wanText(publicExpenses()) + "；项目支出" + wanText(projectTotal()));
    for (int i = 0; i < projects.size(); i++) {
      Project p = projects.get(i);
      text.append(i == 0 ? "，主要为" : "；").append(p.name).append(wanText(p.budget));
    }
    if (other > 0) {
      text.append("；经营支出、上解上级支出和对附属单位补助支出").append(wanText(other));
    }
    text.append("。");
    n.section(SectionKind.EXPENDITURE, "2、支出说明", text.toString());
    n.figure(FigureKind.EXPENDITURE, "支出预算", wanText(total));
    n.figure(FigureKind.BASIC_EXPENDITURE, "基本支出", wanText(basicTotal()));
    n.figure(FigureKind.PERSONNEL, "人员经费", wanText(personnel()));
    n.figure(FigureKind.PUBLIC_EXPENSES, "日常公用经费", wanText(publicExpenses()));
    n.figure(FigureKind.PROJECT_EXPENDITURE, "项目支出", wanText(projectTotal()));
    for (Project p : projects) {
      n.figure(FigureKind.PROJECT_AMOUNT, p.name, p.name, wanText(p.budget));
    }
  }

  private void changeParagraph(Narrative.Builder n) {
    long basicChange = basicTotal() - previousBasic;
    long projectChange = projectTotal() - previousProject;
    long change = basicChange + projectChange;
    long total = sum(Item::total);
    String totalWords = "较" + (year - 1) + "年预算" + direction(change);
    String basicWords = "基本支出" + direction(basicChange);
    String projectWords = "项目支出" + direction(projectChange);
    n.section(SectionKind.CHANGE, "3、比上年增减情况", year + "年预算收支安排" + wanText(total)
        + "，" + totalWords + wanText(Math.abs(change)) + "，其中：" + basicWords
        + wanText(Math.abs(basicChange)) + "，主要原因是人员和日常公用经费标准调整；" + projectWords
        + wanText(Math.abs(projectChange)) + "，主要原因是年度项目安排调整。");
    n.figure(FigureKind.CHANGE_BASE, "预算收支安排", wanText(total));
    n.figure(FigureKind.CHANGE_TOTAL, totalWords, wanText(Math.abs(change)));
    n.figure(FigureKind.CHANGE_BASIC, basicWords, wanText(Math.abs(basicChange)));
    n.figure(FigureKind.CHANGE_PROJECT, projectWords, wanText(Math.abs(projectChange)));
  }

  private static String direction(long change) {
    return change < 0 ? "减少" : "增加";
  }

  private void operatingCostsParagraph(Narrative.Builder n) {
    long costs = publicExpenses();
    StringBuilder text = new StringBuilder(year + "年，" + departmentName + "机关运行经费共计安排"
        + wanText(costs));
    List<Map.Entry<String, Long>> parts = economic.entrySet().stream()
        .filter(e -> e.getKey().startsWith("302")).collect(Collectors.toList());
    for (int i = 0; i < parts.size(); i++) {
      text.append(i == 0 ? "，其中：" : "，").append(name(EconomicCode.parse(parts.get(i).getKey())))
          .append(wanText(parts.get(i).getValue()));
    }
    text.append("。");
    n.section(SectionKind.OPERATING_COSTS, "三、机关运行经费安排情况", text.toString());
    n.figure(FigureKind.OPERATING_COSTS, "机关运行经费共计安排", wanText(costs));
    for (Map.Entry<String, Long> part : parts) {
      String name = name(EconomicCode.parse(part.getKey()));
      n.figure(FigureKind.OPERATING_COSTS_COMPONENT, name, name, wanText(part.getValue()));
    }
  }

  private void threePublicParagraph(Narrative.Builder n) {
    Function<ThreePublicLine, Long> v = line -> threePublic.getOrDefault(line, 0L);
    long subtotal = v.apply(ThreePublicLine.SUBTOTAL);
    long change = subtotal - previousThreePublic;
    String changeWords = "与" + (year - 1) + "年相比" + direction(change);
    String reason = subtotal == 0 ? "本" + kind.label() + "无“三公”经费支出"
        : change < 0 ? "严格落实过紧日子要求，压减公务接待和公务用车支出"
        : "公务活动增加，公务用车运行维护费相应增加";
    StringBuilder text = new StringBuilder(year + "年，" + departmentName + "财政拨款“三公”经费预算安排"
        + wanText(subtotal) + "，其中因公出国（境）费" + wanText(v.apply(ThreePublicLine.OVERSEAS))
        + "；公务用车购置及运维费" + wanText(v.apply(ThreePublicLine.VEHICLES)) + "（其中：公务用车购置费"
        + wanText(v.apply(ThreePublicLine.VEHICLE_PURCHASE)) + "，公务用车运行维护费"
        + wanText(v.apply(ThreePublicLine.VEHICLE_OPERATION)) + "）；公务接待费"
        + wanText(v.apply(ThreePublicLine.RECEPTION)) + "。");
    if (threePublicLayout == ThreePublicLayout.FULL) {
      text.append("另安排会议费").append(wanText(v.apply(ThreePublicLine.MEETINGS)))
          .append("，培训费").append(wanText(v.apply(ThreePublicLine.TRAINING))).append("。");
    }
    text.append(changeWords).append(wanText(Math.abs(change))).append("，增减变化的主要原因是")
        .append(reason).append("。");
    n.section(SectionKind.THREE_PUBLIC, "四、财政拨款“三公”经费预算情况及增减变化原因",
        text.toString());
    n.figure(FigureKind.THREE_PUBLIC, "财政拨款“三公”经费预算安排", wanText(subtotal));
    n.figure(FigureKind.THREE_PUBLIC_OVERSEAS, "因公出国（境）费",
        wanText(v.apply(ThreePublicLine.OVERSEAS)));
    n.figure(FigureKind.THREE_PUBLIC_VEHICLES, "公务用车购置及运维费",
        wanText(v.apply(ThreePublicLine.VEHICLES)));
    n.figure(FigureKind.THREE_PUBLIC_VEHICLE_PURCHASE, "公务用车购置费",
        wanText(v.apply(ThreePublicLine.VEHICLE_PURCHASE)));
    n.figure(FigureKind.THREE_PUBLIC_VEHICLE_OPERATION, "公务用车运行维护费",
        wanText(v.apply(ThreePublicLine.VEHICLE_OPERATION)));
    n.figure(FigureKind.THREE_PUBLIC_RECEPTION, "公务接待费",
        wanText(v.apply(ThreePublicLine.RECEPTION)));
    n.figure(FigureKind.THREE_PUBLIC_CHANGE, changeWords, wanText(Math.abs(change)));
  }

  private void procurementParagraph(Narrative.Builder n) {
    String heading = "八、政府采购预算情况";
    if (purchases.isEmpty()) {
      n.section(SectionKind.PROCUREMENT, heading, departmentName + year + "年无政府采购预算。");
      return;
    }
    long[] byKind = new long[3];
    for (Purchase x : purchases) {
      byKind["ABC".indexOf(x.item.get(1).charAt(0))] += x.amount();
    }
    n.section(SectionKind.PROCUREMENT, heading, year + "年" + departmentName + "政府采购预算总额"
        + wanText(byKind[0] + byKind[1] + byKind[2]) + "，其中：货物类" + wanText(byKind[0])
        + "，工程类" + wanText(byKind[1]) + "，服务类" + wanText(byKind[2]) + "，详见下表。");
  }

  private void assetsParagraph(Narrative.Builder n) {
    long total = assets.get(0).value;
    long planned = purchases.stream().filter(Purchase::isGoods).mapToLong(Purchase::amount).sum();
    n.section(SectionKind.ASSETS, "九、国有资产信息", departmentName + "（含所属单位）上年末固定资产金额为"
        + wanText(total) + "（详见下表）。本年度拟购置固定资产总额为" + wanText(planned)
        + "，已按要求列入政府采购预算，详见政府采购预算表。");
    n.figure(FigureKind.FIXED_ASSETS, "上年末固定资产金额为", wanText(total));
    n.figure(FigureKind.FIXED_ASSETS_PLANNED_PURCHASES, "本年度拟购置固定资产总额为",
        wanText(planned));
  }
}
