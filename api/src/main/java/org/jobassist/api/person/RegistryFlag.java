package org.jobassist.api.person;

/**
 * A fact that one registry certifies about a person (部门认定信息), as recognition of people
 * with employment difficulties reads it. Each flag has exactly one {@link #source() source}:
 * only that registry answers for it.
 *
 * <p>The constant names are stable: policy documents name flags by them
 * ({@code {"kind": "registry-flag", "flag": "URBAN_MINIMUM_LIVING_ALLOWANCE"}}).
 *
 * <p>The death flags {@link #DECEASED} and {@link #REPORTED_DECEASED} are read by the
 * cross-check, not by any category.
 *
 * <p>Immutable and thread-safe.
 */
public enum RegistryFlag {
    /** Member of an urban minimum-living-allowance family (城市低保). */
    URBAN_MINIMUM_LIVING_ALLOWANCE(RegistrySource.CIVIL_AFFAIRS),
    /** Orphan recorded in the national child-welfare information system (儿童福利信息系统孤儿). */
    CHILD_WELFARE_ORPHAN(RegistrySource.CIVIL_AFFAIRS),
    /** Single parent raising a minor (单亲抚养未成年人). */
    SINGLE_PARENT_OF_MINOR(RegistrySource.CIVIL_AFFAIRS),
    /** Holder of a disability certificate (残疾人证), any grade. */
    DISABILITY_CERTIFICATE(RegistrySource.DISABLED_PERSONS_FEDERATION),
    /** Entitled-group member receiving a regular fixed pension or living subsidy (定期定量抚恤和生活补助的优抚对象). */
    ENTITLED_GROUP_WITH_PENSION(RegistrySource.VETERANS_AFFAIRS),
    /** Family member of a revolutionary martyr (烈属). */
    MARTYR_FAMILY(RegistrySource.VETERANS_AFFAIRS),
    /** Spouse of an active serviceman who moved with the unit and has no job (随军未就业配偶). */
    UNEMPLOYED_MILITARY_SPOUSE(RegistrySource.VETERANS_AFFAIRS),
    /** Poverty-alleviated labour in the anti-return-to-poverty monitoring system (脱贫劳动力). */
    POVERTY_ALLEVIATED(RegistrySource.RURAL_REVITALISATION),
    /** Rural low-income labour (农村低收入人口). */
    RURAL_LOW_INCOME(RegistrySource.RURAL_REVITALISATION),
    /** Model worker at county level or above (县级以上劳动模范). */
    MODEL_WORKER(RegistrySource.HOST),
    /** Farmer whose land was lawfully expropriated (依法被征地农民). */
    LAND_EXPROPRIATED_FARMER(RegistrySource.HOST),
    /**
     * Deceased (死亡登记), as civil affairs records it: evidence valid from the day of death,
     * open-ended. No category reads it; the cross-check reports a recognised or paid person
     * who holds it.
     */
    DECEASED(RegistrySource.CIVIL_AFFAIRS),
    /**
     * Reported deceased to the employment-service system itself (by the family or the street
     * office) before civil affairs' record arrives: evidence valid from the day of death. Read
     * by the cross-check as {@link #DECEASED} is.
     */
    REPORTED_DECEASED(RegistrySource.HOST);

    private final RegistrySource source;

    RegistryFlag(RegistrySource source) {
        this.source = source;
    }

    /**
     * The registry that certifies this flag.
     *
     * @return the source
     */
    public RegistrySource source() {
        return source;
    }
}
