import { graphql } from "@/gql";

/** 经销商首页: to-do counts, quotas, balance and the 90-day funnel (all within the viewer's visibility). */
export const DealerHomeQuery = graphql(`
  query DealerHome {
    dealerHome {
      routedNotFollowedUp
      registrationsEndingSoon
      endingSoonDays
      ordersPendingPayment
      requestsPending
      unreadNotices
      balance
      periodStart
      quotas {
        productLineId
        productLineName
        dealerMax
        dealerUsed
        ownMax
        ownUsed
        available
      }
      funnel {
        stage
        count
      }
    }
  }
`);

/** 厂商首页: the panels of the roles the viewer holds. */
export const VendorHomeQuery = graphql(`
  query VendorHome {
    vendorHome {
      panels
      channelManager {
        pendingApprovals
        dealers {
          id
          name
          status
          balance
          openRegistrations
          pendingApprovals
          quotas {
            productLineName
            max
            used
          }
          discounts {
            productLineName
            rateBp
          }
        }
      }
      salesDirector {
        queueSize
        oldestWaitingSince
        recentDecisions {
          requestId
          requestNo
          typeName
          dealerName
          decision
          decidedAt
          decidedByName
        }
      }
      finance {
        monthStart
        topUpsThisMonth
        topUpCountThisMonth
        totalBalance
        invoicesPending
        dailyTopUps {
          date
          amount
        }
      }
      operations {
        ordersPendingConfirmation
        unroutedLeads
        routedLeadsLast7Days
        recentAnnouncements {
          id
          title
          createdAt
        }
      }
      platformAdmin {
        activeDealers
        disabledDealers
        activeAccounts
        signedInLast30Days
        periodStart
        productLines {
          productLineId
          productLineName
          orders
          paidOrders
          revenue
        }
      }
    }
  }
`);
